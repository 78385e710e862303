/**
 * What a user's bundler makes of the npm package: esbuild, minified, with code splitting, bundling the components'
 * registration modules from the packages' dist/ as their published exports (publishConfig) point to it. Returns the
 * gzip size of what a page loads before any lazily loaded code or data: the entry's static import closure.
 */
import {build, type Plugin} from 'esbuild';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

const root = new URL('../../', import.meta.url).pathname;
const PACKAGES: Record<string, string> = {
  '@ti-toolkit/data': 'packages/data',
  '@ti-toolkit/core': 'packages/core',
  '@ti-toolkit/components': 'components',
};

/** Resolves @ti-toolkit/* as an installed tarball would: through publishConfig.exports, to dist/. */
const publishedExports: Plugin = {
  name: 'published-exports',
  setup(build) {
    build.onResolve({filter: /^@ti-toolkit\//}, ({path}) => {
      const name = Object.keys(PACKAGES).find(
        (n) => path === n || path.startsWith(`${n}/`)
      )!;
      const dir = join(root, PACKAGES[name]!);
      const pkg = JSON.parse(
        readFileSync(join(dir, 'package.json'), 'utf8')
      ) as {
        publishConfig: {exports: Record<string, string | {default: string}>};
      };
      const target = pkg.publishConfig.exports[`.${path.slice(name.length)}`];
      if (!target) return {errors: [{text: `${path} is not exported`}]};
      return {
        path: join(dir, typeof target === 'string' ? target : target.default),
      };
    });
  },
};

export async function bundlerSize(
  modules: readonly string[]
): Promise<{bytes: number; files: number}> {
  const result = await build({
    stdin: {
      contents: modules
        .map((m) => `import '@ti-toolkit/components/${m}';`)
        .join('\n'),
      resolveDir: join(root, 'components'),
      sourcefile: 'page.js',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    outdir: join(root, 'components/.bundler-size'),
    metafile: true,
    logLevel: 'error',
    plugins: [publishedExports],
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find(
    (k) => outputs[k]!.entryPoint === 'page.js'
  )!;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of outputs[key]!.imports)
      if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  let bytes = 0;
  for (const file of result.outputFiles)
    if ([...seen].some((key) => file.path.endsWith(key)))
      bytes += gzipSync(file.contents, {level: 9}).length;
  return {bytes, files: seen.size};
}
