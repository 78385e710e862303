import {docsPage} from '../../build/docs-shell.ts';
import type {Html} from '../../build/html.ts';
import {sitePath, type Bilingual, type Lang} from '../../build/lang.ts';
import type {Page} from '../../build/layout.ts';
import type {SiteContext} from '../../build/site-context.ts';
import {cmsEn} from './cms.en.ts';
import {cmsFr} from './cms.fr.ts';

/** What the CMS notes quote: the snippets (code, shared by both languages) and the page's links. */
export interface CmsFacts {
  to: (path: string) => string;
  enqueue: string;
  library: string;
  /** The resize script of the iframe fallback, on the placeholder host, and its SRI hash. */
  resizeUrl: string;
  resizeIntegrity: string;
}

/** The notes in one language: the words inside the snippets and the prose. */
export interface CmsText {
  title: string;
  snippet: {host: string; wordpress: string; drupal: string};
  content: (facts: CmsFacts) => Html;
}

const TEXT: Bilingual<CmsText> = {fr: cmsFr, en: cmsEn};

export function cmsGuide(ctx: SiteContext, lang: Lang): Page {
  const {cdn, resize} = ctx;
  const text = TEXT[lang];
  const {host, wordpress, drupal} = text.snippet;
  const facts: CmsFacts = {
    to: (path) => sitePath(lang, path),
    enqueue: `// ${wordpress}
add_action('wp_enqueue_scripts', function () {
  wp_enqueue_script_module('ti-components', 'https://${host}${cdn.entry.path}');
});
add_filter('wp_script_attributes', function ($attributes) {
  if (($attributes['id'] ?? '') === 'ti-components-js-module') {
    $attributes['integrity'] = '${cdn.entry.integrity}';
    $attributes['crossorigin'] = 'anonymous';
  }
  return $attributes;
});`,
    library: `# ${drupal}
components:
  js:
    https://${host}${cdn.entry.path}:
      type: external
      attributes:
        type: module
        integrity: '${cdn.entry.integrity}'
        crossorigin: anonymous`,
    resizeUrl: `https://${host}${resize.path}`,
    resizeIntegrity: resize.integrity,
  };
  return docsPage(ctx, lang, '/docs/cms/', text.title, text.content(facts));
}
