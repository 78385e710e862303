import {html} from '../../build/html.ts';
import type {ExtensionText} from './extension.ts';

export const extensionEn: ExtensionText = {
  title: 'Browser extension',
  content: (build) =>
    html`<h1>The browser extension for business advisers</h1>
      <p>
        On a company's page, the extension finds the company, locates its
        establishment, says whether it is in a Territoire d'industrie (with the
        proof) and shows the aid that applies, in a side panel that reuses these
        components. It is not published in the browsers' stores yet: load it
        from a build.
      </p>
      <h2>Build it</h2>
      ${build}
      <p>
        This writes the Chrome build to <code>extension/dist/</code> and the
        Firefox build to <code>extension/dist-firefox/</code>, from one code
        base.
      </p>
      <h2>Chrome, Edge and other Chromium browsers</h2>
      <ol>
        <li>Open <code>chrome://extensions</code>.</li>
        <li>Turn on <strong>Developer mode</strong> (top right).</li>
        <li>
          Click <strong>Load unpacked</strong> and choose the folder
          <code>extension/dist</code>.
        </li>
        <li>
          Pin the extension from the puzzle-piece menu, then open a company's
          page (for example on annuaire-entreprises.data.gouv.fr): its toolbar
          badge and its side panel give the verdict.
        </li>
      </ol>
      <p>After a new build, click the reload arrow on the extension's card.</p>
      <h2>Firefox</h2>
      <ol>
        <li>Open <code>about:debugging#/runtime/this-firefox</code>.</li>
        <li>
          Click <strong>Load Temporary Add-on…</strong> and choose
          <code>extension/dist-firefox/manifest.json</code>.
        </li>
        <li>
          The extension stays until Firefox restarts; its panel opens in the
          sidebar.
        </li>
      </ol>
      <h2>What it may access</h2>
      <p>
        The company registries' pages are read on every visit; any other page
        only when you click the extension or grant that site in its options. The
        only identifier that leaves the browser is the SIREN or SIRET sent to
        the public company directory (API Recherche d'entreprises).
      </p>`,
};
