/**
 * pnpm packages:build — the npm packages' dist/ folders: ES modules with their .d.ts, compiled by tsc from each
 * package's src (tsconfig.build.json), plus what each package ships besides:
 * - @ti-toolkit/data: the generated tables (plain ES modules) with type declarations that point at dist;
 * - @ti-toolkit/components: the CDN bundle in dist/cdn (one script tag, chunks by relative URL).
 * The packages' `publishConfig` points their exports at dist, so `pnpm pack` ships these files; in the workspace
 * the exports stay on the TypeScript sources.
 */
import {execFileSync} from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {join} from 'node:path';
import {minifyTemplates} from '../components/scripts/minify-templates.ts';

const root = new URL('..', import.meta.url).pathname;
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {cwd, stdio: 'inherit'});

function compile(dir: string): void {
  rmSync(join(dir, 'dist'), {recursive: true, force: true});
  run('pnpm', ['exec', 'tsc', '-p', 'tsconfig.build.json'], dir);
}

const data = join(root, 'packages/data');
compile(data);
// The generated tables are ES modules already; their declarations import the types from src, which ships as dist.
mkdirSync(join(data, 'dist/generated'), {recursive: true});
for (const file of readdirSync(join(data, 'generated'))) {
  if (file.endsWith('.js'))
    cpSync(join(data, 'generated', file), join(data, 'dist/generated', file));
  if (file.endsWith('.d.ts'))
    writeFileSync(
      join(data, 'dist/generated', file),
      readFileSync(join(data, 'generated', file), 'utf8').replace(
        /'\.\.\/src\/([\w/-]+)\.ts'/g,
        "'../$1.js'"
      )
    );
}
cpSync(
  join(data, 'generated/SOURCES.md'),
  join(data, 'dist/generated/SOURCES.md')
);
// The commune shards (ADR 0016), loaded by generated/commune-shards.js through relative imports.
cpSync(
  join(data, 'generated/communes'),
  join(data, 'dist/generated/communes'),
  {
    recursive: true,
  }
);
// The map geometry (ADR 0020), one folder down: its declarations import src/geometry.ts, shipped as dist/geometry.
mkdirSync(join(data, 'dist/generated/geometry'), {recursive: true});
for (const file of readdirSync(join(data, 'generated/geometry')))
  writeFileSync(
    join(data, 'dist/generated/geometry', file),
    readFileSync(join(data, 'generated/geometry', file), 'utf8').replace(
      "'../../src/geometry.ts'",
      "'../../geometry.js'"
    )
  );

compile(join(root, 'packages/core'));

const components = join(root, 'components');
rmSync(join(components, 'dist'), {recursive: true, force: true});
run('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], components);
run('pnpm', ['exec', 'tsc', '-p', 'tsconfig.build.json'], components);
// The templates' markup and styles ship minified, as in the CDN build (components/scripts/minify-templates.ts).
const dist = join(components, 'dist');
for (const file of readdirSync(dist, {recursive: true}) as string[])
  if (file.endsWith('.js')) {
    const path = join(dist, file);
    writeFileSync(
      path,
      await minifyTemplates(readFileSync(path, 'utf8'), path)
    );
  }
console.log(
  'packages:build: dist/ of @ti-toolkit/data, @ti-toolkit/core and @ti-toolkit/components'
);
