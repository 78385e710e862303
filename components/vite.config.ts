import {readFileSync} from 'node:fs';
import {defineConfig} from 'vite';
import {minifyTemplatesPlugin} from './scripts/minify-templates.ts';

const {version} = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8')
) as {version: string};

// Lit and the small modules every component needs travel together: one request and one gzip stream. Lit's
// directives and @query are left out: the priority cards use none of them (12 kB for all they load, pnpm size).
const SHARED =
  /[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/](?!directive|decorators[\\/]query)|[\\/](lazy|define-once|vocabulary|load-controller|lang|theme\.styles|theme|text-properties|priority-select|load-catalogue|load-state)\.ts$|helpers[\\/]esm[\\/]decorate\.js$/;

// Number and date formatting, which every component but the priority cards needs: the cards alone do without it.
const FORMAT = /[\\/](intl|format)\.ts$/;

// The CDN bundle: one entry (src/cdn.ts) that lazy-loads each component, shared code and data split into chunks.
export default defineConfig({
  plugins: [minifyTemplatesPlugin()],
  build: {
    target: 'es2022',
    outDir: 'cdn',
    emptyOutDir: true,
    manifest: true,
    lib: {entry: {'ti-components': 'src/cdn.ts'}, formats: ['es']},
    rolldownOptions: {
      output: {
        minify: true,
        // Which release the script a partner pastes comes from (the entry only: chunks are named by content).
        postBanner: (chunk) =>
          chunk.isEntry ? `/*! @ti-toolkit/components ${version} | MIT */` : '',
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          groups: [
            {name: 'ti-shared', test: SHARED},
            {name: 'ti-format', test: FORMAT},
          ],
        },
      },
    },
  },
});
