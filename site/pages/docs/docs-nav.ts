import {html, type Html} from '../../build/html.ts';
import type {ComponentDoc} from '../../build/component-docs.ts';

/** The documentation's table of contents, on every docs page. */
export function docsNav(path: string, components: ComponentDoc[]): Html {
  const links: [string, string][] = [
    ['/docs/', 'Embedding guide'],
    ['/docs/cms/', 'WordPress and Drupal'],
    ['/docs/components/', 'Components and theme tokens'],
    ...components.map((c): [string, string] => [
      `/docs/components/${c.tag}/`,
      `<${c.tag}>`,
    ]),
    ['/docs/data/', 'Data sources and vintage'],
    ['/docs/signaler/', 'Report an error'],
    ['/docs/accessibility/', 'Accessibility'],
    ['/docs/privacy/', 'Privacy'],
    ['/docs/extension/', 'Browser extension'],
    ['/storybook/', 'Storybook'],
  ];
  return html`<nav aria-label="Documentation" class="docs-nav">
    <ul>
      ${links.map(
        ([href, label]) =>
          html`<li>
            <a href="${href}" ${href === path ? html`aria-current="page"` : ''}
              >${label}</a
            >
          </li>`
      )}
    </ul>
  </nav>`;
}
