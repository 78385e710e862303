import {html} from '../build/html.ts';
import {shell, type Page} from '../build/layout.ts';
import type {SiteContext} from '../build/site-context.ts';

/** Served with status 404 for any path that is not a file of the site. */
export function notFoundPage({data}: SiteContext): Page {
  const body = html`<div class="prose">
    <h1>Page not found</h1>
    <p>
      There is no page at this address. Try the <a href="/">home page</a>, the
      <a href="/demo/">demo partner page</a> or the
      <a href="/docs/">documentation</a>.
    </p>
    <p>
      Looking for Storybook? <code>pnpm start</code> builds it; if it is
      missing, run <code>pnpm storybook:build</code> and reload
      <a href="/storybook/">/storybook/</a>.
    </p>
  </div>`;
  return {
    file: '404.html',
    html: shell({title: 'Page not found', path: '/404', body, data}),
  };
}
