import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {PROJECT_KINDS} from '@ti-toolkit/data/catalogue';
import {build} from 'esbuild';
import {assessCatalogue} from '../src/catalogue/eligibility.ts';
import {loadCatalogue} from '../src/catalogue/index.ts';
import {searchSchemes} from '../src/catalogue/search-schemes.ts';
import {ms, stats, time} from './measure.ts';

const QUERIES = [
  'recrutement',
  'recrutemnt',
  'friches',
  'décarbonation',
  'ingénierie',
  'chef de projet',
  'rebond',
  'formation',
  'financement entreprise',
  'vte',
  'foncier',
  'innovation',
  'zzzz',
];

/** Catalogue search latency, eligibility of every scheme for a profile, and what MiniSearch adds to a bundle. */
export async function benchCatalogue(): Promise<void> {
  const catalogue = await loadCatalogue();
  searchSchemes(catalogue, {text: 'warm up'});
  const typed = QUERIES.flatMap((q) =>
    Array.from({length: q.length}, (_, i) => q.slice(0, i + 1))
  );
  const samples = Array.from({length: 20}, () =>
    typed.map((text) => {
      const start = performance.now();
      searchSchemes(catalogue, {
        text,
        filters: {kind: ['funding', 'recruitment']},
      });
      return performance.now() - start;
    })
  ).flat();
  const search = stats(samples);
  const filterOnly = stats(
    Array.from({length: 200}, () => {
      const start = performance.now();
      searchSchemes(catalogue, {filters: {priority: ['skills-recruitment']}});
      return performance.now() - start;
    })
  );
  console.log(
    `\ncatalogue search (${catalogue.schemes.length} schemes, ${samples.length} queries typed letter by letter, with a filter)`
  );
  console.log(`  searchSchemes: p50 ${ms(search.p50)}, p95 ${ms(search.p95)}`);
  console.log(
    `  baseline filters only, no text: p50 ${ms(filterOnly.p50)}, p95 ${ms(filterOnly.p95)}`
  );

  const profile = {
    who: 'company' as const,
    companySize: 'sme' as const,
    projects: [...PROJECT_KINDS],
    hires: 3,
    place: {
      status: 'in-territory' as const,
      territory: {
        id: 'ti-8413',
        name: 'Plastics Vallée – Oyonnax',
        phase: '2023-2027' as const,
      },
    },
  };
  const assess = time(() => assessCatalogue(catalogue.schemes, profile), 200);
  console.log(
    `\neligibility of every scheme for a profile: p50 ${ms(assess.p50)}, p95 ${ms(assess.p95)}`
  );

  const entry = fileURLToPath(
    new URL('../src/catalogue/search-schemes.ts', import.meta.url)
  );
  const size = async (external: string[]) => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      external,
      logLevel: 'silent',
    });
    return gzipSync(result.outputFiles[0]!.contents, {level: 9}).length;
  };
  const withMiniSearch = await size([]);
  const without = await size(['minisearch']);
  console.log(
    `\nbundle of searchSchemes, minified + gzip: ${(withMiniSearch / 1024).toFixed(1)} kB, of which MiniSearch ${((withMiniSearch - without) / 1024).toFixed(1)} kB`
  );
}
