import {html, type Html} from './html.ts';
import type {ProgrammeData} from './programme-data.ts';

export interface Page {
  /** Output file, relative to the site root (e.g. docs/privacy/index.html). */
  file: string;
  html: string;
}

const NAV: [string, string][] = [
  ['/demo/', 'Demo partner page'],
  ['/configurator/', 'Embed configurator'],
  ['/docs/', 'Documentation'],
  ['/storybook/', 'Storybook'],
];

export interface ShellOptions {
  title: string;
  /** Site path of the page, to mark the current link. */
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

export const attributionLine = (data: ProgrammeData) =>
  html`Perimeter: ${data.vintage.attribution}, ${data.vintage.licence}.
  Catalogue reviewed on ${data.catalogue.reviewedOn}; each entry dates its
  sources.`;

/** The toolkit's own pages (not the demo partner page, which has its partner's look). */
export function shell(options: ShellOptions): string {
  const {title, path, body, data} = options;
  return html`<!doctype html>
    <html lang="en">
      <head>
        ${head(
          `${title} · Territoires d'industrie toolkit`,
          options.description ?? title,
          scriptTags(options.scripts)
        )}
      </head>
      <body class="ti-site">
        <a class="skip-link" href="#content">Skip to content</a>
        <header class="site-header">
          <a class="site-name" href="/">Territoires d'industrie toolkit</a>
          <nav aria-label="Site">
            <ul>
              ${NAV.map(
                ([href, label]) =>
                  html`<li>
                    <a
                      href="${href}"
                      ${path.startsWith(href) ? html`aria-current="page"` : ''}
                      >${label}</a
                    >
                  </li>`
              )}
            </ul>
          </nav>
        </header>
        <main id="content">${body}</main>
        <footer class="site-footer">
          <p>${attributionLine(data)}</p>
          <p>
            <a href="/docs/privacy/"
              >Privacy: no cookies, no third-party requests</a
            >
            · <a href="/docs/accessibility/">Accessibility</a> ·
            <a href="/docs/data/">Data sources</a>
          </p>
        </footer>
      </body>
    </html>`.value;
}
