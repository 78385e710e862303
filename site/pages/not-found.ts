import {html} from '../build/html.ts';
import {sitePath, type Lang} from '../build/lang.ts';
import {page, shell, type Page} from '../build/layout.ts';
import type {SiteContext} from '../build/site-context.ts';

/** Where the 404 page is written, in each language (the server picks it by the address's language). */
export const NOT_FOUND_PATH = '/404.html';

const TEXT = {
  fr: {
    title: 'Page introuvable',
    body: (to: (path: string) => string) =>
      html`<p>
          Il n'y a pas de page à cette adresse. Essayez
          <a href="${to('/')}">l'accueil</a>, la
          <a href="${to('/demo/')}">page partenaire de démonstration</a> ou la
          <a href="${to('/docs/')}">documentation</a>.
        </p>
        <p>
          Vous cherchez Storybook ? <code>pnpm start</code> le construit ; s'il
          manque, lancez <code>pnpm storybook:build</code> et rechargez
          <a href="/storybook/">/storybook/</a>.
        </p>`,
  },
  en: {
    title: 'Page not found',
    body: (to: (path: string) => string) =>
      html`<p>
          There is no page at this address. Try the
          <a href="${to('/')}">home page</a>, the
          <a href="${to('/demo/')}">demo partner page</a> or the
          <a href="${to('/docs/')}">documentation</a>.
        </p>
        <p>
          Looking for Storybook? <code>pnpm start</code> builds it; if it is
          missing, run <code>pnpm storybook:build</code> and reload
          <a href="/storybook/">/storybook/</a>.
        </p>`,
  },
};

/** Served with status 404 for any path that is not a file of the site. */
export function notFoundPage({data}: SiteContext, lang: Lang): Page {
  const {title, body} = TEXT[lang];
  return page(
    lang,
    NOT_FOUND_PATH,
    shell({
      lang,
      title,
      path: NOT_FOUND_PATH,
      body: html`<div class="prose">
        <h1>${title}</h1>
        ${body((path) => sitePath(lang, path))}
      </div>`,
      data,
    })
  );
}
