import {join} from 'node:path';
import {build, type Rolldown} from 'vite';
import {SITE_ROOT} from './paths.ts';

const common = {
  configFile: false as const,
  root: SITE_ROOT,
  publicDir: false as const,
  logLevel: 'error' as const,
};

/** The site's own scripts (configurator, iframe page), named by content hash under /assets/. */
export async function buildClient(
  outDir: string
): Promise<{configurator: string; embed: string}> {
  const result = (await build({
    ...common,
    build: {
      outDir: join(outDir, 'assets'),
      emptyOutDir: false,
      target: 'es2022',
      rolldownOptions: {
        input: {
          configurator: join(SITE_ROOT, 'client/configurator.ts'),
          embed: join(SITE_ROOT, 'client/embed.ts'),
        },
        output: {
          entryFileNames: '[name]-[hash].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
        },
      },
    },
  })) as Rolldown.RolldownOutput;
  const entry = (name: string) => {
    const chunk = result.output.find(
      (o) => o.type === 'chunk' && o.isEntry && o.name === name
    );
    if (!chunk) throw new Error(`the site build lost its ${name} script`);
    return `/assets/${chunk.fileName}`;
  };
  return {configurator: entry('configurator'), embed: entry('embed')};
}

/** ti-embed-resize.js: one self-contained module, put in the versioned CDN folder beside the components. */
export async function buildResizeScript(dir: string): Promise<void> {
  await build({
    ...common,
    build: {
      outDir: dir,
      emptyOutDir: false,
      target: 'es2022',
      lib: {
        entry: join(SITE_ROOT, 'client/embed-resize.ts'),
        formats: ['es'],
        fileName: () => 'ti-embed-resize.js',
      },
      rolldownOptions: {output: {minify: true}},
    },
  });
}
