import {html} from '../../build/html.ts';
import type {PrivacyText} from './privacy.ts';

export const privacyEn: PrivacyText = {
  title: 'Privacy',
  content: html`<h1>Privacy</h1>
    <p>
      The components and this site collect nothing about visitors. There is
      nothing to declare in a cookie banner.
    </p>
    <ul>
      <li>
        <strong>No cookies, no storage of visitors' data</strong>: the
        components set no cookie and write nothing to local storage. The service
        finder's optional <code>url-sync</code> keeps the search in the page's
        own address, which the visitor can see and share.
      </li>
      <li>
        <strong>One exception, checking a list</strong>:
        <code>&lt;ti-list-check&gt;</code> keeps the pasted or dropped list and
        its answers in the browser's IndexedDB database, to resume after a
        reload. Nothing leaves the browser but the company numbers (see below).
        The kept list is cleared by "Cancel", "Check another list" or "Forget
        this list", and when a finished list with no failed row is downloaded;
        the <code>no-store</code> attribute keeps nothing.
      </li>
      <li>
        <strong>Contact an adviser</strong>: this link opens the public service
        Conseillers-Entreprises with the company's SIRET in its address, to
        prefill the request. The number is sent only when the user clicks.
      </li>
      <li>
        <strong>One third-party request, for a company number only</strong>: the
        components load their code and data from the address of the script tag:
        no fonts, no analytics, no maps. What a visitor types as a place (a
        commune, a postcode, an INSEE code, an intercommunality's SIREN) is
        looked up in the browser, in the bundled tables; it never leaves the
        page.
      </li>
      <li>
        <strong>Companies</strong>: when a visitor types a company's SIREN or
        SIRET (or the page gives one as <code>place</code>), the component sends
        that number, and nothing else, to the State's public company directory,
        <code>recherche-entreprises.api.gouv.fr</code> (API Recherche
        d'entreprises), to find the establishment's commune. As with any
        request, that service sees the visitor's IP address and the page's
        address. Set <code>company-api="none"</code> on the element to send
        nothing: the component then asks for the commune or the postcode
        instead. A page with a Content Security Policy must allow
        <code>connect-src https://recherche-entreprises.api.gouv.fr</code> for
        the lookup to work. The browser extension for business advisers calls
        the same directory, with the identifier alone. The decision is in ADR
        0018 (<code>docs/decisions/</code>).
      </li>
      <li>
        <strong>Links</strong>: the sources and "how to apply" links go to the
        public bodies' sites; only <code>https:</code> links are ever shown.
        Following one is the visitor's choice.
      </li>
      <li>
        <strong>This site</strong> sends a Content Security Policy that lets its
        pages load only from their own origin and connect to nothing else than
        the company directory above (for a company number typed on the demo
        page), and keeps no access log.
      </li>
    </ul>
    <p>
      What your server logs when it serves the script is your policy; if you use
      a CDN, it is the CDN's. Serving the versioned folder from your own server
      removes that third party.
    </p>`,
};
