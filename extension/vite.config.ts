import {crx} from '@crxjs/vite-plugin';
import {defineConfig} from 'vite';
import {makeManifest, scanMatches} from './manifest.config.ts';
import {litTemplatesWithoutInnerHtml} from './build/lit-templates-without-innerhtml.ts';
import {privateContentScript} from './build/private-content-script.ts';
import {readBuildSettings} from './src/build-settings.ts';

const settings = readBuildSettings(process.env);

export default defineConfig({
  plugins: [
    crx({manifest: makeManifest(settings), browser: settings.target}),
    privateContentScript('src/content/content-script.js'),
    litTemplatesWithoutInnerHtml(),
  ],
  define: {
    __TI_API_ORIGIN__: JSON.stringify(settings.apiOrigin),
    __TI_TARGET__: JSON.stringify(settings.target),
    __TI_SCAN_MATCHES__: JSON.stringify(scanMatches(settings)),
  },
  build: {
    target: 'es2022',
    outDir: settings.outDir,
    emptyOutDir: true,
    // Pages no manifest key names are inputs of their own: the list page, and (crxjs does not know
    // sidebar_action) the panel page in the Firefox build.
    rollupOptions: {
      input: {
        'list-check': 'src/list-check/index.html',
        ...(settings.target === 'firefox' && {
          sidepanel: 'src/sidepanel/index.html',
        }),
      },
    },
  },
});
