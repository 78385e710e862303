import {html, type Html} from '../../build/html.ts';
import type {ComponentDoc} from '../../build/component-docs.ts';
import {sitePath, type Bilingual, type Lang} from '../../build/lang.ts';

const LINKS: [string, Bilingual][] = [
  ['/docs/', {fr: "Guide d'intégration", en: 'Embedding guide'}],
  ['/docs/cms/', {fr: 'WordPress et Drupal', en: 'WordPress and Drupal'}],
  [
    '/docs/components/',
    {fr: 'Composants et jetons de thème', en: 'Components and theme tokens'},
  ],
];

const AFTER_COMPONENTS: [string, Bilingual][] = [
  [
    '/docs/data/',
    {fr: 'Sources et millésime des données', en: 'Data sources and vintage'},
  ],
  ['/docs/signaler/', {fr: 'Signaler une erreur', en: 'Report an error'}],
  ['/docs/accessibility/', {fr: 'Accessibilité', en: 'Accessibility'}],
  ['/docs/privacy/', {fr: 'Confidentialité', en: 'Privacy'}],
  [
    '/docs/extension/',
    {fr: 'Extension de navigateur', en: 'Browser extension'},
  ],
];

/** The documentation's table of contents, on every docs page, in the page's language. */
export function docsNav(
  lang: Lang,
  path: string,
  components: ComponentDoc[]
): Html {
  const links: [string, string][] = [
    ...LINKS.map(([href, label]): [string, string] => [href, label[lang]]),
    ...components.map((c): [string, string] => [
      `/docs/components/${c.tag}/`,
      `<${c.tag}>`,
    ]),
    ...AFTER_COMPONENTS.map(([href, label]): [string, string] => [
      href,
      label[lang],
    ]),
  ];
  return html`<nav aria-label="Documentation" class="docs-nav">
    <ul>
      ${links.map(
        ([href, label]) =>
          html`<li>
            <a
              href="${sitePath(lang, href)}"
              ${href === path ? html`aria-current="page"` : ''}
              >${label}</a
            >
          </li>`
      )}
      <li><a href="/storybook/" lang="en">Storybook</a></li>
    </ul>
  </nav>`;
}
