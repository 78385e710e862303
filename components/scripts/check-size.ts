/**
 * pnpm size: what a partner page downloads before lazily loaded data, against the budgets of product.md:
 * <ti-priority-cards> alone at most 12 kB gzip (Lit included), all the components at most 30 kB (the four of product.md:
 * the map has its own budget, issue 15 §2: its code beyond the shared chunks at most 8 kB, geometry aside). Measured in both
 * builds: our CDN build (from its manifest) and the npm package as a user's bundler makes it (esbuild, from dist/,
 * bundler-size.ts). Then what pages download until their components have answered, lazy data included
 * (verdict-weight.ts, in Chromium): a territory card's verdict with its reason at most 120 KiB (ADR 0016).
 * Exits 1 past a budget, so CI fails; says whether the 3 kB margin product.md asks for is kept.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {ComponentName} from '../src/component-tags.ts';
import {bundlerSize} from './bundler-size.ts';
import {reportWeights, verdictWeights} from './verdict-weight.ts';

interface Chunk {
  file: string;
  name?: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
}

const dist = new URL('../cdn/', import.meta.url).pathname;
const manifest = JSON.parse(
  readFileSync(join(dist, '.vite/manifest.json'), 'utf8')
) as Record<string, Chunk>;
const gzip = (file: string) =>
  gzipSync(readFileSync(join(dist, file)), {level: 9}).length;

/** A chunk and everything it imports statically: what the browser fetches before the component runs. */
function closure(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

/** The loader, `ti-components.js`: the other entries are the components' own scripts. */
const entry = Object.keys(manifest).find((key) => key.endsWith('src/cdn.ts'))!;
const component = (name: string) =>
  Object.keys(manifest).find((key) => key.endsWith(`/${name}/${name}.ts`))!;
// product.md's "all the components" are the four it names, listed here so that a component added to the family
// later does not change what this budget measures; the map is measured on its own line below.
const COMPONENTS: readonly ComponentName[] = [
  'priority-cards',
  'service-finder',
  'funding-widget',
  'territory-card',
];

// What a page downloads in the CDN build, both ways of embedding (ADR 0023): each component's own script, the
// snippet the configurator gives; and the loader `ti-components.js`, which fetches the same scripts when their tags
// appear. The margin product.md asks for is kept by the first and not by the loader: one file more (about 800 B) is the
// price of not knowing the page's components in advance.
const budgets = [
  {
    label: '<ti-priority-cards> alone, its own script',
    keys: [component('priority-cards')],
    budget: 12 * 1024,
  },
  {
    label: 'all the components, their own scripts',
    keys: COMPONENTS.map(component),
    budget: 30 * 1024,
  },
  {
    label: '<ti-priority-cards> alone, through the loader',
    keys: [entry, component('priority-cards')],
    budget: 12 * 1024,
  },
  {
    label: 'all the components, through the loader',
    keys: [entry, ...COMPONENTS.map(component)],
    budget: 30 * 1024,
  },
];

const MARGIN = 3 * 1024;
let failed = false;
function report(
  build: string,
  label: string,
  total: number,
  budget: number,
  files: number
) {
  const ok = total <= budget;
  failed ||= !ok;
  const margin = total <= budget - MARGIN ? 'margin kept' : 'margin under 3 kB';
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${build}, ${label}: ${(total / 1024).toFixed(1)} kB gzip, ${total.toLocaleString('en')} B (budget ${budget / 1024} kB, ${margin}) - ${files} files`
  );
}
// A component's own script must never import the loader: it would start watching pages that did not ask for it,
// which the bundler would do silently if a module the components use ever moved into the loader's file.
const loaderImporters = Object.keys(manifest).filter(
  (key) => manifest[key]!.imports?.includes(entry) ?? false
);
if (loaderImporters.length) {
  failed = true;
  console.log(`FAIL the loader is imported by ${loaderImporters.join(', ')}`);
}
for (const {label, keys, budget} of budgets) {
  const files = [...closure(keys)].map((key) => manifest[key]!.file);
  const total = files.reduce((sum, file) => sum + gzip(file), 0);
  report('CDN build', label, total, budget, files.length);
}
{
  // The map's own code: what its tag loads beyond the loader and the chunks every component shares (Lit and the
  // helpers, number formatting); its geometry is lazily loaded data, listed below.
  const shared = closure([entry]);
  const own = [...closure([component('territory-map')])].filter(
    (key) =>
      !shared.has(key) &&
      !/^ti-(shared|format)$/.test(manifest[key]!.name ?? '')
  );
  const total = own.reduce((sum, key) => sum + gzip(manifest[key]!.file), 0);
  report(
    'CDN build',
    '<ti-territory-map> own code',
    total,
    8 * 1024,
    own.length
  );
}
const bundled = [
  {
    label: '<ti-priority-cards> alone',
    modules: ['priority-cards'],
    budget: 12 * 1024,
  },
  {label: 'all the components', modules: COMPONENTS, budget: 30 * 1024},
];
for (const {label, modules, budget} of bundled) {
  const {bytes, files} = await bundlerSize(modules);
  report('npm + esbuild', label, bytes, budget, files);
}
const data = Object.values(manifest).filter((c) =>
  /territories|regions|commune|catalogue/.test(c.name ?? '')
);
for (const chunk of data)
  console.log(
    `     lazy data ${chunk.name}: ${(gzip(chunk.file) / 1024).toFixed(1)} kB gzip`
  );
const shards = Object.values(manifest)
  .filter((c) => /generated\/communes\//.test(c.src ?? ''))
  .map((c) => gzip(c.file));
console.log(
  `     lazy data commune shards: ${shards.length} chunks, ${(Math.max(...shards) / 1024).toFixed(1)} kB gzip the largest`
);
// What a page downloads until its components have answered (ADR 0016): a territory card's verdict at most 120 KiB.
const weighed = reportWeights(await verdictWeights(dist));
process.exitCode = failed || !weighed ? 1 : 0;
