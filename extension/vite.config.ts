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
    // crxjs does not know sidebar_action: the panel page is an input of its own in the Firefox build.
    rollupOptions:
      settings.target === 'firefox'
        ? {input: {sidepanel: 'src/sidepanel/index.html'}}
        : {},
  },
});
