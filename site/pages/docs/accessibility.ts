import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {docsPage} from '../../build/docs-shell.ts';
import {html, type Html} from '../../build/html.ts';
import {sitePath, type Bilingual, type Lang} from '../../build/lang.ts';
import type {Page} from '../../build/layout.ts';
import {REPO_ROOT} from '../../build/paths.ts';
import type {SiteContext} from '../../build/site-context.ts';
import {accessibilityEn} from './accessibility.en.ts';
import {accessibilityFr} from './accessibility.fr.ts';
import {timeElement} from './data-sources.ts';

/** The day this statement was written from the tests below; update it with the statement. */
export const STATEMENT_DATE = '2026-12-06';

/** A test tool's version as the repository pins it, so that the statement names the versions the tests run. */
function pinned(packageJson: string, name: string): string {
  const manifest = JSON.parse(
    readFileSync(join(REPO_ROOT, packageJson), 'utf8')
  ) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const version =
    manifest.devDependencies?.[name] ?? manifest.dependencies?.[name];
  if (!version) throw new Error(`${packageJson} does not pin ${name}`);
  return version;
}

export const TEST_TOOLS = {
  axe: pinned('package.json', 'axe-core'),
  playwright: pinned('package.json', 'playwright-core'),
  vitest: pinned('package.json', 'vitest'),
  storybookA11y: pinned('package.json', '@storybook/addon-a11y'),
  testRunner: pinned('components/package.json', '@web/test-runner'),
  openWc: pinned('components/package.json', '@open-wc/testing'),
};

/** The site's pages the end-to-end tests load in both languages (the component pages come from the manifest). */
const PAGES: [string, Bilingual][] = [
  ['/', {fr: 'Accueil', en: 'Home page'}],
  ['/demo/', {fr: 'Page partenaire de démonstration', en: 'Demo partner page'}],
  [
    '/configurator/',
    {fr: "Configurateur d'intégration", en: 'Embed configurator'},
  ],
  [
    '/verifier/',
    {fr: "Vérifier une liste d'entreprises", en: 'Check a list of companies'},
  ],
  ['/docs/', {fr: "Guide d'intégration", en: 'Embedding guide'}],
  ['/docs/cms/', {fr: 'WordPress et Drupal', en: 'WordPress and Drupal'}],
  [
    '/docs/components/',
    {fr: 'Composants et jetons de thème', en: 'Components and theme tokens'},
  ],
];

const PAGES_AFTER_COMPONENTS: [string, Bilingual][] = [
  [
    '/docs/data/',
    {fr: 'Sources et millésime des données', en: 'Data sources and vintage'},
  ],
  ['/docs/signaler/', {fr: 'Signaler une erreur', en: 'Report an error'}],
  [
    '/docs/accessibility/',
    {fr: "Déclaration d'accessibilité", en: 'Accessibility statement'},
  ],
  ['/docs/privacy/', {fr: 'Confidentialité', en: 'Privacy'}],
  [
    '/docs/extension/',
    {fr: 'Extension de navigateur', en: 'Browser extension'},
  ],
];

/**
 * The pages the statement lists, by their French path (each also under /en/), the iframe page apart: a test compares
 * them with the pages the build writes, so that a new page cannot be left out of the statement.
 */
export const statementPaths = (ctx: Pick<SiteContext, 'components'>) => [
  ...PAGES.map(([path]) => path),
  ...ctx.components.map((c) => componentPath(c.tag)),
  ...PAGES_AFTER_COMPONENTS.map(([path]) => path),
];

const componentPath = (tag: string) => `/docs/components/${tag}/`;

/** What the statement quotes, the same in both languages. */
export interface AccessibilityFacts {
  to: (path: string) => string;
  date: Html;
  tools: typeof TEST_TOOLS;
  /** The tested pages as list items: a link in the page's language, and both addresses. */
  pages: Html;
}

export interface AccessibilityText {
  title: string;
  /** The iframe page, one page for both languages. */
  embedPage: string;
  content: (facts: AccessibilityFacts) => Html;
}

const TEXT: Bilingual<AccessibilityText> = {
  fr: accessibilityFr,
  en: accessibilityEn,
};

export function accessibilityPage(ctx: SiteContext, lang: Lang): Page {
  const text = TEXT[lang];
  const to = (path: string) => sitePath(lang, path);
  const item = (path: string, label: string) =>
    html`<li>
      <a href="${to(path)}">${label}</a> (<code>${sitePath('fr', path)}</code>,
      <code>${sitePath('en', path)}</code>)
    </li>`;
  const pages = html`${PAGES.map(([path, label]) => item(path, label[lang]))}
    ${ctx.components.map((c) => item(componentPath(c.tag), `<${c.tag}>`))}
    ${PAGES_AFTER_COMPONENTS.map(([path, label]) => item(path, label[lang]))}
    <li>${text.embedPage} (<code>/embed/?component=…</code>)</li>`;
  return docsPage(
    ctx,
    lang,
    '/docs/accessibility/',
    text.title,
    text.content({
      to,
      date: timeElement(lang, STATEMENT_DATE),
      tools: TEST_TOOLS,
      pages,
    })
  );
}
