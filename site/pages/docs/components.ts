import {isPureCode, type ComponentDoc} from '../../build/component-docs.ts';
import {docsPage} from '../../build/docs-shell.ts';
import {html, inlineCode, type Html} from '../../build/html.ts';
import {sitePath, type Bilingual, type Lang} from '../../build/lang.ts';
import type {Page} from '../../build/layout.ts';
import type {SiteContext} from '../../build/site-context.ts';

/** The words of the overview and the reference pages; the components' own texts come from ComponentDoc. */
const fr = {
  title: 'Composants et jetons de thème',
  colon: ' : ',
  generated: html`Page générée à partir de
    <code>components/custom-elements.json</code> (lui-même généré depuis la
    JSDoc des composants par <code>pnpm components:manifest</code>, avec les
    textes français des fichiers <code>*.docs.fr.ts</code> placés à côté de
    chaque composant) et du thème partagé.`,
  common: 'Attributs communs aux composants',
  langAttribute: html`<code>fr</code> (par défaut) ou <code>en</code> ; lu aussi
    sur un ancêtre ou sur <code>&lt;html&gt;</code>.`,
  themeAttribute: html`<code>auto</code> (par défaut, suit le mode sombre du
    système), <code>light</code>, <code>dark</code> ou <code>sober</code>.`,
  headingAttribute: html`le niveau des titres qu’écrit le composant (de 2 à 6),
  pour s’insérer dans le plan de votre page. Composants concernés :`,
  tokens: 'Jetons système',
  tokensIntro: html`Définissez-les sur n’importe quel ancêtre des composants.
    Les propriétés propres à chaque composant se rabattent sur eux, puis sur la
    valeur par défaut indiquée ici. Les jetons
    <code>--ti-sys-dark-*</code> s’appliquent dans le thème sombre ;
    <code>theme="sober"</code> a ses propres valeurs par défaut. Une valeur par
    défaut <code>inherit</code> reprend celle de votre page (sa famille de
    police).`,
  tokenHeaders: ['Propriété personnalisée', 'Valeur par défaut', 'Thème sobre'],
  same: 'identique',
  className: 'Classe',
  storybook: 'Essayez chaque état dans',
  attributes: 'Attributs',
  attributeHeaders: ['Attribut', 'Type', 'Valeur par défaut', 'Description'],
  noAttributes: 'Aucun attribut.',
  events: 'Événements',
  eventHeaders: ['Événement', 'Classe', 'Quand'],
  noEvents: 'Aucun événement.',
  parts: 'Parties',
  restyle: 'Modifiez leur style avec',
  partName: 'nom',
  partHeaders: ['Partie', 'Description'],
  noParts: 'Aucune partie.',
  cssProperties: 'Propriétés personnalisées',
  fallBack: 'Elles se rabattent sur les',
  systemTokens: 'jetons système',
  cssHeaders: ['Propriété personnalisée', 'Description'],
  noCssProperties: 'Aucune propriété personnalisée.',
  of: (what: string, tag: string) => `${what} de ${tag}`,
};

const en: typeof fr = {
  title: 'Components and theme tokens',
  colon: ': ',
  generated: html`Generated from <code>components/custom-elements.json</code>
    (itself generated from the components' JSDoc by
    <code>pnpm components:manifest</code>) and from the shared theme.`,
  common: 'Attributes the components share',
  langAttribute: html`<code>fr</code> (default) or <code>en</code>; also read
    from an ancestor or <code>&lt;html&gt;</code>.`,
  themeAttribute: html`<code>auto</code> (default, follows the system's dark
    mode), <code>light</code>, <code>dark</code> or <code>sober</code>.`,
  headingAttribute: html`the level of the headings the component writes (2 to
  6), to fit your page's outline. Components that have it:`,
  tokens: 'System tokens',
  tokensIntro: html`Set them on any ancestor of the components. Each component's
    own properties fall back to them, then to the default shown here. The
    <code>--ti-sys-dark-*</code> tokens apply in the dark theme;
    <code>theme="sober"</code> has defaults of its own. A default of
    <code>inherit</code> takes your page's value (its font family).`,
  tokenHeaders: ['Custom property', 'Default', 'Sober theme'],
  same: 'same',
  className: 'Class',
  storybook: 'Try every state in',
  attributes: 'Attributes',
  attributeHeaders: ['Attribute', 'Type', 'Default', 'Description'],
  noAttributes: 'None.',
  events: 'Events',
  eventHeaders: ['Event', 'Class', 'When'],
  noEvents: 'None.',
  parts: 'Parts',
  restyle: 'Restyle them with',
  partName: 'name',
  partHeaders: ['Part', 'Description'],
  noParts: 'None.',
  cssProperties: 'Custom properties',
  fallBack: 'They fall back to the',
  systemTokens: 'system tokens',
  cssHeaders: ['Custom property', 'Description'],
  noCssProperties: 'None.',
  of: (what: string, tag: string) => `${what} of ${tag}`,
};

const TEXT: Bilingual<typeof fr> = {fr, en};

const table = (
  caption: string,
  headers: string[],
  rows: Html[][],
  empty: string
) =>
  rows.length
    ? html`<div class="table-scroll">
        <table>
          <caption class="visually-hidden">
            ${caption}
          </caption>
          <thead>
            <tr>
              ${headers.map((h) => html`<th scope="col">${h}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (cells) =>
                html`<tr>
                  ${cells.map((c) => html`<td>${c}</td>`)}
                </tr>`
            )}
          </tbody>
        </table>
      </div>`
    : html`<p>${empty}</p>`;

const code = (text: string) => html`<code>${text}</code>`;

/**
 * A component's text in the page's language. A French text not written yet is the English one (component-docs.ts),
 * marked as English so that screen readers pronounce it right; component-docs.test.ts fails meanwhile.
 */
function described(text: Bilingual, lang: Lang): Html {
  const untranslated =
    lang !== 'en' && text[lang] === text.en && !isPureCode(text.en);
  return untranslated
    ? html`<span lang="en">${inlineCode(text.en)}</span>`
    : inlineCode(text[lang]);
}

/** The overview: the components and the system tokens they share, from the sources (never hand-written). */
export function componentsOverview(ctx: SiteContext, lang: Lang): Page {
  const t = TEXT[lang];
  const withHeadings = ctx.components.filter((c) =>
    c.attributes.some((a) => a.name === 'heading-level')
  );
  return docsPage(
    ctx,
    lang,
    '/docs/components/',
    t.title,
    html`<h1>${t.title}</h1>
      <p>${t.generated}</p>
      <ul>
        ${ctx.components.map(
          (c) =>
            html`<li>
              <a href="${sitePath(lang, `/docs/components/${c.tag}/`)}"
                ><code>&lt;${c.tag}&gt;</code></a
              >${t.colon}${described(c.summary, lang)}
            </li>`
        )}
      </ul>
      <h2>${t.common}</h2>
      <ul>
        <li><code>lang</code>${t.colon}${t.langAttribute}</li>
        <li><code>theme</code>${t.colon}${t.themeAttribute}</li>
        <li>
          <code>heading-level</code>${t.colon}${t.headingAttribute}
          ${withHeadings.map(
            (c, i) => html`${i ? ', ' : ''}<code>&lt;${c.tag}&gt;</code>`
          )}.
        </li>
      </ul>
      <h2>${t.tokens}</h2>
      <p>${t.tokensIntro}</p>
      ${table(
        t.tokens,
        t.tokenHeaders,
        ctx.tokens.map((token) => [
          code(token.name),
          code(token.fallback),
          token.sober ? code(token.sober) : html`${t.same}`,
        ]),
        ''
      )}`
  );
}

/** One component's reference: its attributes, events, parts and custom properties, in the page's language. */
export function componentReference(
  ctx: SiteContext,
  lang: Lang,
  doc: ComponentDoc
): Page {
  const t = TEXT[lang];
  const path = `/docs/components/${doc.tag}/`;
  return docsPage(
    ctx,
    lang,
    path,
    `<${doc.tag}>`,
    html`<h1><code>&lt;${doc.tag}&gt;</code></h1>
      <p>${described(doc.summary, lang)}</p>
      <p>
        ${t.className} <code>${doc.className}</code>. ${t.storybook}
        <a href="/storybook/" lang="en">Storybook</a>.
      </p>
      <h2>${t.attributes}</h2>
      ${table(
        t.of(t.attributes, doc.tag),
        t.attributeHeaders,
        doc.attributes.map((a) => [
          code(a.name),
          code(a.type),
          a.default ? code(a.default) : html``,
          described(a.description, lang),
        ]),
        t.noAttributes
      )}
      <h2>${t.events}</h2>
      ${table(
        t.of(t.events, doc.tag),
        t.eventHeaders,
        doc.events.map((e) => [
          code(e.name),
          code(e.detailType),
          described(e.description, lang),
        ]),
        t.noEvents
      )}
      <h2>${t.parts}</h2>
      <p>${t.restyle} <code>${doc.tag}::part(${t.partName})</code>.</p>
      ${table(
        t.of(t.parts, doc.tag),
        t.partHeaders,
        doc.parts.map((p) => [code(p.name), described(p.description, lang)]),
        t.noParts
      )}
      <h2>${t.cssProperties}</h2>
      <p>
        ${t.fallBack}
        <a href="${sitePath(lang, '/docs/components/')}">${t.systemTokens}</a>.
      </p>
      ${table(
        t.of(t.cssProperties, doc.tag),
        t.cssHeaders,
        doc.cssProperties.map((p) => [
          code(p.name),
          described(p.description, lang),
        ]),
        t.noCssProperties
      )}`
  );
}
