import {docsPage} from '../../build/docs-shell.ts';
import type {Html} from '../../build/html.ts';
import type {Bilingual, Lang} from '../../build/lang.ts';
import type {Page} from '../../build/layout.ts';
import type {SiteContext} from '../../build/site-context.ts';
import {privacyEn} from './privacy.en.ts';
import {privacyFr} from './privacy.fr.ts';

/** The privacy page in one language. */
export interface PrivacyText {
  title: string;
  content: Html;
}

const TEXT: Bilingual<PrivacyText> = {fr: privacyFr, en: privacyEn};

export function privacyPage(ctx: SiteContext, lang: Lang): Page {
  const {title, content} = TEXT[lang];
  return docsPage(ctx, lang, '/docs/privacy/', title, content);
}
