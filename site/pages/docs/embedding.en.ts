import {html} from '../../build/html.ts';
import type {EmbeddingText} from './embedding.ts';

export const embeddingEn: EmbeddingText = {
  title: 'Embedding guide',
  snippet: {
    host: 'YOUR-CDN',
    detail: "the answers and each scheme's verdict",
    buttons: 'buttons, links',
    dark: 'the same in the dark theme',
  },
  content: ({to, cdnBase, script, ownScript, elements, events, tokens, csp}) =>
    html`<h1>Embedding guide</h1>
      <p>
        The components are custom elements: one script tag, then the elements
        where they belong, as many as you like on a page. The
        <a href="${to('/configurator/')}">configurator</a> writes the snippet
        for you.
      </p>
      <h2>1. The script tag</h2>
      <pre><code>${script}</code></pre>
      <p>
        Put it once per page, in the <code>&lt;head&gt;</code> or before the
        elements. This script, the loader, weighs under 1 kB: it watches the
        page for <code>ti-*</code> tags and loads each component's code only
        when its tag appears (also later, in a block your CMS adds). The data
        (the programme's catalogue, the perimeter of the territories) loads only
        when a component needs it.
      </p>
      <p id="shadow-roots">
        <strong>Inside shadow roots</strong> (an element placed by another web
        component or a framework's custom element): the script finds the tags in
        the open shadow roots already on the page, and in those of custom
        elements added or defined later. For a closed shadow root, or a root it
        cannot see, hand it over once the script has run:
        <code>window.tiComponents.observe(shadowRoot)</code>. The script looks
        only at what your page adds, never at the whole page again, and stops
        watching once every component is loaded.
      </p>
      <p id="own-scripts">
        <strong>Or each component's own script</strong>, one for each component
        the page holds, in the same folder and named after its tag: below, the
        priority cards' <code>ti-priority-cards.js</code>; for the four elements
        of step 2, four such scripts. A component's own script defines its
        element at once, without watching the page. It is what the
        <a href="${to('/configurator/')}">configurator</a> gives, and the
        lightest way when you know which components a page holds: the loader is
        one file more. Several of them on a page share their common files, and
        they mix with the loader. Keep the loader for pages whose components you
        do not know in advance (blocks of a CMS, content that comes later).
      </p>
      <pre><code>${ownScript}</code></pre>
      <h2>2. The elements</h2>
      <pre><code>${elements}</code></pre>
      <ul>
        <li>
          <strong>Place</strong>: the finder and the funding widget take a
          <code>place</code>: a commune name, a postcode, an INSEE code
          (<code>insee:78571</code>) or an intercommunality's SIREN
          (<code>siren:200034130</code>). Give your intercommunality's SIREN to
          preset them for your territory. The territory card takes a territory
          id (<code>territory="ti-1109"</code>) or a place. Once found, the
          field shows the place in words ("Saint-Denis (93) —
          Seine-Saint-Denis", "CC Gally Mauldre"); the attribute keeps what you
          gave.
        </li>
        <li>
          <strong>Company numbers</strong>: a company's SIREN or SIRET, typed by
          a visitor or given as <code>place</code>, is looked up in the public
          API Recherche d'entreprises from the visitor's browser (that number
          alone is sent; see <a href="${to('/docs/privacy/')}">privacy</a>). If
          your site sends a Content Security Policy, allow
          <code>connect-src https://recherche-entreprises.api.gouv.fr</code>.
          <code>company-api="https://…"</code> on an element points it at
          another server with the same API (a mirror, a test server);
          <code>company-api="none"</code> turns the lookup off, and the
          component then asks for the commune or postcode.
        </li>
        <li>
          <strong>Language</strong>: French by default.
          <code>lang="en"</code> on the element, on an ancestor or on
          <code>&lt;html&gt;</code> switches to English.
        </li>
        <li>
          <strong>Theme</strong>: <code>theme="auto"</code> (the default)
          follows the visitor's dark mode; a site without a dark mode sets
          <code>theme="light"</code>; <code>theme="sober"</code> is a light
          palette of deep blue and greys with square corners, close to the look
          of public services' sites (our own tokens, no asset of the State's
          design system). Another value falls back to <code>auto</code> and says
          so in the browser console.
        </li>
        <li>
          <strong>Font</strong>: the components take your page's font family;
          set <code>--ti-sys-typescale-font</code> to give them another.
        </li>
        <li>
          <strong>Together</strong>:
          <code>&lt;ti-priority-cards for="finder"&gt;</code> drives the finder
          whose id is <code>finder</code>.
        </li>
      </ul>
      <p>
        Every attribute, event, part and custom property is listed in the
        <a href="${to('/docs/components/')}">component reference</a>.
      </p>
      <h2>3. Your colours</h2>
      <p>
        Set the <code>--ti-sys-*</code> tokens on any ancestor (they inherit
        into the components), a component's own
        <code>--ti-&lt;component&gt;-*</code> properties, or restyle a part with
        <code>::part()</code>. The dark theme has its own tokens, so that a
        light brand colour never lands on a dark background. Keep a contrast of
        at least 4.5:1: the configurator checks it.
      </p>
      <pre><code>${tokens}</code></pre>
      <h2>4. Events</h2>
      <p>
        Events bubble out of the components (<code>ti-priority-select</code>,
        <code>ti-filters-change</code>, <code>ti-place-resolve</code>,
        <code>ti-eligibility-change</code>); they fire on the visitor's actions,
        not when you change an attribute.
      </p>
      <pre><code>${events}</code></pre>
      <p id="attribution">
        <strong>Counting use per widget</strong>: every event's
        <code>detail.elementId</code> is the element's <code>id</code>, or
        <code>null</code> when it has none. Attribution, off by default:
        <code>source="your-site"</code> on the finder or the funding widget adds
        <code>utm_source=your-site&amp;utm_medium=ti-embed</code> to their "how
        to apply" links (https only; a <code>utm_source</code> or
        <code>utm_medium</code> the link had is replaced, its other parameters
        and its fragment are kept), so that the schemes' operators see the
        visits your page sends. Source and report links are left as they are.
      </p>
      <h2 id="versions">5. Versions and integrity (SRI)</h2>
      <p>
        The address holds the version (<code>${cdnBase}</code>). A published
        version is never changed, which is what lets the
        <code>integrity</code> hash protect your page: if the file were altered
        on the way or on the server, the browser would refuse to run it. Your
        page keeps the version it was built with; to upgrade, take a new snippet
        from the configurator.
      </p>
      <p>
        Limit: the hash covers the script you paste. The parts it loads later
        (each component, the data) are files named by a hash of their content,
        in the same immutable folder, but the browser does not check them
        against a hash you hold. The list of every file's SRI hash is published
        beside the script (<a href="${cdnBase}integrity.json">integrity.json</a
        >) for those who mirror the folder on their own server, which removes
        the third party altogether.
      </p>
      <h2>6. Content Security Policy</h2>
      <p>
        The components need no inline script, no <code>eval</code> and no
        third-party request. If your site has a CSP, allow the CDN's origin for
        scripts (the data files are JavaScript modules too):
      </p>
      <pre><code>${csp}</code></pre>
      <h2 id="iframe">7. When scripts are removed: the iframe</h2>
      <p>
        Some editors strip <code>&lt;script&gt;</code> from content. The
        configurator then gives an <code>&lt;iframe&gt;</code> of the embed page
        with the same choices in its address. An iframe cannot size itself to
        its content from inside: the embed page tells the parent its height, and
        the small <code>ti-embed-resize.js</code> script, added once to the site
        (theme, footer or a tag manager), applies it. Without that script the
        iframe keeps the height written in the snippet and scrolls inside.
        Priority cards cannot drive a finder across iframes.
      </p>
      <p>Notes for <a href="${to('/docs/cms/')}">WordPress and Drupal</a>.</p>`,
};
