import {html, type Html} from './html.ts';
import {
  LANGS,
  LANGUAGE_NAMES,
  pageFile,
  sitePath,
  type Bilingual,
  type Lang,
} from './lang.ts';
import {CONFORMITY} from '../pages/docs/accessibility-level.ts';
import type {ProgrammeData} from './programme-data.ts';

export interface Page {
  lang: Lang;
  /** The language-neutral site path (`/docs/privacy/`); the English page is under `/en`. */
  path: string;
  /** Output file, relative to the site root (e.g. en/docs/privacy/index.html). */
  file: string;
  html: string;
}

/** A page of the site in one language, written at its path's file. */
export const page = (lang: Lang, path: string, markup: string): Page => ({
  lang,
  path,
  file: pageFile(lang, path),
  html: markup,
});

const NAV: [string, Bilingual][] = [
  ['/demo/', {fr: 'Page partenaire de démonstration', en: 'Demo partner page'}],
  [
    '/configurator/',
    {fr: "Configurateur d'intégration", en: 'Embed configurator'},
  ],
  ['/verifier/', {fr: 'Vérifier une liste', en: 'Check a list'}],
  ['/docs/', {fr: 'Documentation', en: 'Documentation'}],
];

const WORDS = {
  fr: {
    site: "Boîte à outils Territoires d'industrie",
    skip: 'Aller au contenu',
    nav: 'Site',
    languages: 'Langue',
    privacy: 'Confidentialité : aucun cookie, aucune requête vers un tiers',
    accessibility: `Accessibilité : ${CONFORMITY.fr}`,
    data: 'Sources des données',
  },
  en: {
    site: "Territoires d'industrie toolkit",
    skip: 'Skip to content',
    nav: 'Site',
    languages: 'Language',
    privacy: 'Privacy: no cookies, no third-party requests',
    accessibility: `Accessibility: ${CONFORMITY.en}`,
    data: 'Data sources',
  },
} satisfies Bilingual<Record<string, string>>;

export interface ShellOptions {
  lang: Lang;
  title: string;
  /** Language-neutral site path of the page, to mark the current link and link its other language. */
  path: string;
  body: Html;
  data: ProgrammeData;
  description?: string;
  /** Module scripts, by site path (plus SRI where it is the partners' script). */
  scripts?: {src: string; integrity?: string}[];
}

export const scriptTags = (scripts: ShellOptions['scripts'] = []) =>
  scripts.map(
    (s) =>
      html`<script
        type="module"
        src="${s.src}"
        ${s.integrity ? html`integrity="${s.integrity}" crossorigin="anonymous"` : ''}
      ></script>`
  );

/** The head every page shares: no external font, script or image (privacy page). */
export const head = (title: string, description: string, extra: Html[] = []) =>
  html`<meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <meta name="description" content="${description}" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/assets/site.css" />
    ${extra}`;

export const attributionLine = (data: ProgrammeData, lang: Lang) =>
  lang === 'fr'
    ? html`Périmètre : ${data.vintage.attribution}, ${data.vintage.licence}.
      Catalogue relu le ${data.catalogue.reviewedOn} ; chaque fiche date ses
      sources.`
    : html`Perimeter: ${data.vintage.attribution}, ${data.vintage.licence}.
      Catalogue reviewed on ${data.catalogue.reviewedOn}; each entry dates its
      sources.`;

/** The page in the other languages: alternate links in the head (hreflang), fr as the default. */
export const alternates = (path: string) => [
  ...LANGS.map(
    (lang) =>
      html`<link
        rel="alternate"
        hreflang="${lang}"
        href="${sitePath(lang, path)}"
      />`
  ),
  html`<link
    rel="alternate"
    hreflang="x-default"
    href="${sitePath('fr', path)}"
  />`,
];

/** The switch to the same page in the other language, named in that language. */
export const languageSwitch = (lang: Lang, path: string) =>
  html`<nav aria-label="${WORDS[lang].languages}" class="language-switch">
    <ul>
      ${LANGS.filter((other) => other !== lang).map(
        (other) =>
          html`<li>
            <a
              href="${sitePath(other, path)}"
              hreflang="${other}"
              lang="${other}"
              >${LANGUAGE_NAMES[other]}</a
            >
          </li>`
      )}
    </ul>
  </nav>`;

/** The toolkit's own pages (not the demo partner page, which has its partner's look). */
export function shell(options: ShellOptions): string {
  const {lang, title, path, body, data} = options;
  const words = WORDS[lang];
  const to = (target: string) => sitePath(lang, target);
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        ${head(`${title} · ${words.site}`, options.description ?? title, [
          ...alternates(path),
          ...scriptTags(options.scripts),
        ])}
      </head>
      <body class="ti-site">
        <a class="skip-link" href="#content">${words.skip}</a>
        <header class="site-header">
          <a class="site-name" href="${to('/')}">${words.site}</a>
          <nav aria-label="${words.nav}">
            <ul>
              ${NAV.map(
                ([href, label]) =>
                  html`<li>
                    <a
                      href="${to(href)}"
                      ${path.startsWith(href) ? html`aria-current="page"` : ''}
                      >${label[lang]}</a
                    >
                  </li>`
              )}
              <li><a href="/storybook/" lang="en">Storybook</a></li>
            </ul>
          </nav>
          ${languageSwitch(lang, path)}
        </header>
        <main id="content">${body}</main>
        <footer class="site-footer">
          <p>${attributionLine(data, lang)}</p>
          <p>
            <a href="${to('/docs/privacy/')}">${words.privacy}</a>
            ·
            <a href="${to('/docs/accessibility/')}">${words.accessibility}</a> ·
            <a href="${to('/docs/data/')}">${words.data}</a>
          </p>
        </footer>
      </body>
    </html>`.value;
}
