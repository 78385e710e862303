import {html} from '../build/html.ts';
import {head, page, scriptTags, type Page} from '../build/layout.ts';
import type {SiteContext} from '../build/site-context.ts';

/**
 * The iframe fallback: an empty page whose script shows the component described by its URL and reports its
 * height to the parent (client/embed.ts). Framed by partner sites, so it carries nothing but the component.
 * One page for both languages: the script sets `lang` from the address's `lang`, the component's language.
 */
export function embedPage({cdn, scripts}: SiteContext): Page {
  return page(
    'fr',
    '/embed/',
    html`<!doctype html>
      <html lang="fr">
        <head>
          ${head(
            "Territoires d'industrie",
            "Composant Territoires d'industrie intégré",
            scriptTags([
              {src: cdn.entry.path, integrity: cdn.entry.integrity},
              {src: scripts.embed},
            ])
          )}
        </head>
        <body class="embed">
          <main></main>
        </body>
      </html>`.value
  );
}
