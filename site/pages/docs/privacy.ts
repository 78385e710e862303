import {docsPage} from '../../build/docs-shell.ts';
import {html} from '../../build/html.ts';
import type {Page} from '../../build/layout.ts';
import type {SiteContext} from '../../build/site-context.ts';

export function privacyPage(ctx: SiteContext): Page {
  return docsPage(
    ctx,
    '/docs/privacy/',
    'Privacy',
    html`<h1>Privacy</h1>
      <p>
        The components and this site collect nothing about visitors. There is
        nothing to declare in a cookie banner.
      </p>
      <ul>
        <li>
          <strong>No cookies, no storage of visitors' data</strong>: the
          components set no cookie and write nothing to local storage. The
          service finder's optional <code>url-sync</code> keeps the search in
          the page's own address, which the visitor can see and share.
        </li>
        <li>
          <strong>No third-party requests</strong>: the components load their
          code and data from the address of the script tag, and nothing else: no
          fonts, no analytics, no maps, no API. What a visitor types (a commune,
          a postcode, a SIREN) is looked up in the browser, in the bundled
          tables; it never leaves the page.
        </li>
        <li>
          <strong>Companies</strong>: on a partner page, a company's SIREN or
          SIRET is not looked up online (the component says the online directory
          is needed). Only the browser extension for business advisers calls the
          public company directory, with the identifier alone.
        </li>
        <li>
          <strong>Links</strong>: the sources and "how to apply" links go to the
          public bodies' sites; only <code>https:</code> links are ever shown.
          Following one is the visitor's choice.
        </li>
        <li>
          <strong>This site</strong> sends a Content Security Policy that lets
          its pages load only from their own origin, and keeps no access log.
        </li>
      </ul>
      <p>
        What your server logs when it serves the script is your policy; if you
        use a CDN, it is the CDN's. Serving the versioned folder from your own
        server removes that third party.
      </p>`
  );
}
