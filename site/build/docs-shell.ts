import {docsNav} from '../pages/docs/docs-nav.ts';
import {html, type Html} from './html.ts';
import {shell, type Page} from './layout.ts';
import type {SiteContext} from './site-context.ts';

/** A documentation page: the docs' table of contents beside the text. */
export function docsPage(
  ctx: SiteContext,
  path: string,
  title: string,
  content: Html
): Page {
  const body = html`<div class="docs">
    ${docsNav(path, ctx.components)}
    <article class="prose">${content}</article>
  </div>`;
  return {
    file: `${path.slice(1)}index.html`,
    html: shell({title, path, body, data: ctx.data}),
  };
}
