import {readFileSync} from 'node:fs';
import {defineConfig} from 'vite';
import {COMPONENT_NAMES} from './src/component-tags.ts';
import {minifyTemplatesPlugin} from './scripts/minify-templates.ts';

const {version} = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8')
) as {version: string};

// Chunks by what pages share (ADR 0023): every file is one more gzip stream, which costs about 300 B of dictionary
// a file, so the groups follow the components that load them together.
// Lit, the small modules every component needs and the priority cards' class (not its definition): the cards' own
// script is then this chunk and a one-line entry. Lit's directives and decorators are left out: the cards use none.
const SHARED =
  /[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/](?!directive|decorators)|[\\/](lazy|define-once|load-controller|lang|theme\.styles|theme|text-properties|priority-select|load-catalogue|load-state)\.ts$|[\\/]priority-cards[\\/]priority-cards\.(component|styles|translations)\.ts$/;

// Number and date formatting and the place field's controller: every component but the priority cards needs them.
const FORMAT =
  /[\\/](intl|format|place-controller|place\.translations|place-resolve)\.ts$/;

// The form controls, disclosure and report links of the service finder and the funding widget (and the list check).
const CONTROLS =
  /[\\/]lit-html[\\/](directive-helpers|directives[\\/]live)\.js$|[\\/]lit[\\/]directives[\\/]live\.js$|[\\/](lazy-styles|toggled|safe-href|report-url|vocabulary|labels|controls\.styles)\.ts$/;

// Lit's directive base, for the directives of the controls and of the map: a file of its own, or the map would
// download the controls.
const DIRECTIVE = /[\\/]lit-html[\\/]directive\.js$/;

// The service finder with the modules its lazily loaded search and templates share with it: one file, its entry.
const FINDER =
  /[\\/]service-finder[\\/](filter-state|result-list|search-controller|service-finder(\.component|\.styles|\.translations)?)\.ts$|[\\/](rank-schemes|scheme-filters|filters-change)\.ts$/;

// The CDN build: the loader (src/cdn.ts, `ti-components.js`) and one script per component (`ti-<name>.js`, the file
// the loader imports too), shared code and lazily loaded data split into chunks.
export default defineConfig({
  plugins: [minifyTemplatesPlugin()],
  build: {
    target: 'es2022',
    outDir: 'cdn',
    emptyOutDir: true,
    manifest: true,
    lib: {
      entry: {
        'ti-components': 'src/cdn.ts',
        ...Object.fromEntries(
          COMPONENT_NAMES.map((name) => [
            `ti-${name}`,
            `src/${name}/${name}.ts`,
          ])
        ),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // A component's script may export what its lazily loaded chunks need from it: one file less for them to load.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        // The CDN files are what browsers run: no bundler reads their annotations after us, and the release banner
        // (postBanner) names the licence.
        comments: {legal: false, annotation: false, jsdoc: false},
        // Which release the scripts a partner pastes come from (entries only: chunks are named by content).
        postBanner: (chunk) =>
          chunk.isEntry ? `/*! @ti-toolkit/components ${version} | MIT */` : '',
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          groups: [
            {name: 'ti-shared', test: SHARED},
            {name: 'ti-directive', test: DIRECTIVE},
            {name: 'ti-format', test: FORMAT},
            {name: 'ti-controls', test: CONTROLS},
            {name: 'ti-finder', test: FINDER},
          ],
        },
      },
    },
  },
});
