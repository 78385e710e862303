import {readFileSync} from 'node:fs';
import {defineConfig} from 'vite';
import {minifyTemplatesPlugin} from './scripts/minify-templates.ts';

const {version} = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8')
) as {version: string};

// Lit and the small modules every component needs travel together: one request and one gzip stream. Lit's
// directives and decorators are left out: the priority cards use none of them (the components declare their
// properties in `static properties`), and a component that still uses a decorator loads it on its own.
const SHARED =
  /[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/](?!directive|decorators)|[\\/](lazy|define-once|load-controller|lang|theme\.styles|theme|text-properties|priority-select|load-catalogue|load-state)\.ts$/;

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
        // The CDN files are what browsers run: no bundler reads their annotations after us, and the release banner
        // (postBanner) names the licence.
        comments: {legal: false, annotation: false, jsdoc: false},
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
