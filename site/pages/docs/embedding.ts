import {docsPage} from '../../build/docs-shell.ts';
import type {Html} from '../../build/html.ts';
import {sitePath, type Bilingual, type Lang} from '../../build/lang.ts';
import type {Page} from '../../build/layout.ts';
import type {SiteContext} from '../../build/site-context.ts';
import {embeddingEn} from './embedding.en.ts';
import {embeddingFr} from './embedding.fr.ts';

/** What the guide's prose quotes: the snippets (code, shared by both languages) and the page's links. */
export interface EmbeddingFacts {
  to: (path: string) => string;
  /** The versioned CDN folder, `/cdn/ti-components/<version>/`. */
  cdnBase: string;
  script: string;
  /** The priority cards' own script, the other way to embed (ADR 0023). */
  ownScript: string;
  elements: string;
  events: string;
  tokens: string;
  csp: string;
}

/** The guide in one language: the words inside the snippets (a placeholder host, comments) and the prose. */
export interface EmbeddingText {
  title: string;
  snippet: {host: string; detail: string; buttons: string; dark: string};
  content: (facts: EmbeddingFacts) => Html;
}

const TEXT: Bilingual<EmbeddingText> = {fr: embeddingFr, en: embeddingEn};

export function embeddingGuide(ctx: SiteContext, lang: Lang): Page {
  const {cdn} = ctx;
  const text = TEXT[lang];
  const {host, detail, buttons, dark} = text.snippet;
  const facts: EmbeddingFacts = {
    to: (path) => sitePath(lang, path),
    cdnBase: cdn.base,
    script: `<script type="module"
  src="https://${host}${cdn.entry.path}"
  integrity="${cdn.entry.integrity}"
  crossorigin="anonymous"></script>`,
    ownScript: `<script type="module"
  src="https://${host}${cdn.scripts['ti-priority-cards'].path}"
  integrity="${cdn.scripts['ti-priority-cards'].integrity}"
  crossorigin="anonymous"></script>`,
    elements: `<ti-priority-cards for="finder"></ti-priority-cards>
<ti-service-finder id="finder" place="siren:200034130"></ti-service-finder>
<ti-funding-widget place="siren:200034130" who="company"></ti-funding-widget>
<ti-territory-card territory="ti-1109"></ti-territory-card>`,
    events: `document.addEventListener('ti-eligibility-change', (event) => {
  console.log(event.detail); // ${detail}
});`,
    tokens: `.my-page {
  --ti-sys-color-primary: #1f5f3a;      /* ${buttons} */
  --ti-sys-dark-color-primary: #8fd1a8; /* ${dark} */
  --ti-sys-shape-corner: 0.25rem;
}
ti-service-finder::part(title) { font-family: Georgia, serif; }`,
    csp: `Content-Security-Policy: script-src 'self' https://${host}`,
  };
  return docsPage(ctx, lang, '/docs/', text.title, text.content(facts));
}
