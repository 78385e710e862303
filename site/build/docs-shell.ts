import {docsNav} from '../pages/docs/docs-nav.ts';
import {html, type Html} from './html.ts';
import type {Lang} from './lang.ts';
import {page, shell, type Page} from './layout.ts';
import type {SiteContext} from './site-context.ts';

/** A documentation page in one language: the docs' table of contents beside the text. */
export function docsPage(
  ctx: SiteContext,
  lang: Lang,
  path: string,
  title: string,
  content: Html
): Page {
  const body = html`<div class="docs">
    ${docsNav(lang, path, ctx.components)}
    <article class="prose">${content}</article>
  </div>`;
  return page(lang, path, shell({lang, title, path, body, data: ctx.data}));
}
