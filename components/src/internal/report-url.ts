import type {Lang} from '../i18n/lang.ts';
import {safeHref} from './safe-href.ts';

/**
 * Where "Signaler une erreur" leads when the partner sets no `report-url`: the toolkit's report page on the
 * server that served the components (the CDN site, `/docs/signaler/`), which shows the entry with its sources.
 * `{scheme}` is replaced by the scheme's id. The one place this default is defined (docs/catalogue-review.md).
 */
export const DEFAULT_REPORT_URL = '/docs/signaler/#{scheme}';

/** The same page in English, for a component speaking English (the site's English pages are under /en/). */
const DEFAULT_REPORT_URL_EN = '/en/docs/signaler/#{scheme}';

const ownOrigin = new URL(import.meta.url).origin;

/**
 * The report link for one scheme, or null when the template gives no safe address. The template is resolved
 * against the server of the components' own code; the result must be https, or that same server (a local demo
 * served over http), never another scheme (javascript:, data:). The default page follows the component's language;
 * a partner's own template is kept as given.
 */
export function reportHref(
  template: string,
  schemeId: string,
  lang: Lang = 'fr'
): string | null {
  const chosen =
    lang === 'en' && template === DEFAULT_REPORT_URL
      ? DEFAULT_REPORT_URL_EN
      : template;
  const filled = String(chosen ?? '').replaceAll(
    '{scheme}',
    encodeURIComponent(schemeId)
  );
  if (!filled.trim()) return null;
  try {
    const url = new URL(filled, import.meta.url);
    if (url.origin === ownOrigin && /^https?:$/.test(url.protocol))
      return url.href;
    return safeHref(url.href);
  } catch {
    return null;
  }
}
