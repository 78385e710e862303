import {html} from '../build/html.ts';
import type {Lang} from '../build/lang.ts';
import {page, shell, type Page} from '../build/layout.ts';
import type {SiteContext} from '../build/site-context.ts';

export function homePage(ctx: SiteContext, lang: Lang): Page {
  const {data, cdn} = ctx;
  const body = html`<div class="prose">
      <h1>Territoires d'industrie toolkit</h1>
      <p>
        Web components that answer three questions on a partner's website: is
        this place in a Territoire d'industrie, and which one? What can it get?
        Whom to ask? ${data.territories.territories.length} territories
        (2023-2027), ${data.catalogue.schemes.length} schemes of the programme's
        basket of services, in French and English.
      </p>
    </div>
    <ul class="cards">
      <li>
        <h2><a href="/demo/">Demo partner page</a></h2>
        <p>
          "La CCGM labellisée Territoire d'industrie": an intercommunality's
          page with the priority cards, the service finder and the funding
          widget, loaded by one script tag.
        </p>
      </li>
      <li>
        <h2><a href="/configurator/">Embed configurator</a></h2>
        <p>
          Choose a component, a territory, the language, the theme and your
          colours; copy the snippet (versioned URL and SRI hash) or the iframe
          fallback.
        </p>
      </li>
      <li>
        <h2><a href="/docs/">Documentation</a></h2>
        <p>
          Embedding guide, WordPress and Drupal notes, each component's
          attributes, events, parts and tokens, data sources, accessibility,
          privacy, and the browser extension.
        </p>
      </li>
      <li>
        <h2><a href="/storybook/">Storybook</a></h2>
        <p>Every component, state, language and theme, for designers.</p>
      </li>
    </ul>
    <p>
      Components version <strong>${cdn.version}</strong>:
      <code>${cdn.entry.path}</code>
    </p>`;
  return page(lang, '/', shell({lang, title: 'Home', path: '/', body, data}));
}
