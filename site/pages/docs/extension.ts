import {docsPage} from '../../build/docs-shell.ts';
import {html, type Html} from '../../build/html.ts';
import type {Bilingual, Lang} from '../../build/lang.ts';
import type {Page} from '../../build/layout.ts';
import type {SiteContext} from '../../build/site-context.ts';
import {extensionEn} from './extension.en.ts';
import {extensionFr} from './extension.fr.ts';

/** The extension page in one language; `build` is the shared command block. */
export interface ExtensionText {
  title: string;
  content: (build: Html) => Html;
}

const TEXT: Bilingual<ExtensionText> = {fr: extensionFr, en: extensionEn};

/** How to try the advisers' browser extension from a build of the repository (it is not in the stores). */
export function extensionPage(ctx: SiteContext, lang: Lang): Page {
  const {title, content} = TEXT[lang];
  return docsPage(
    ctx,
    lang,
    '/docs/extension/',
    title,
    content(
      html`<pre><code>pnpm --filter @ti-toolkit/extension build</code></pre>`
    )
  );
}
