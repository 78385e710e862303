import type {DetectedCompany} from '../detectors/detector.ts';
import {detectCompanies} from '../detectors/index.ts';
import {mergeCompanies} from '../detectors/merge-companies.ts';
import {sendMessage} from '../messages/send-message.ts';
import type {PageCompany} from '../page-scan/scan-page.ts';
import {watchPage, type PageWatch} from '../page-scan/watch-page.ts';

/** The most companies a page reports: a legal notice names a handful; a list page is not about one company. */
export const MAX_COMPANIES = 20;

/** Text findings in the worker's shape: the detectors' findings come first, they name the page's subject. */
const fromText = (company: PageCompany): DetectedCompany => ({
  siren: company.siren,
  siret: company.siret,
  source: 'page-text',
  confidence: company.confidence,
  ...(company.role === null ? {} : {role: company.role}),
});

/** What the URL and structured data say, then what the text says, merged by SIREN. */
export function pageCompanies(
  doc: Document,
  url: string,
  inText: readonly PageCompany[]
): DetectedCompany[] {
  const byUrlAndData = detectCompanies({url: new URL(url), document: doc});
  return mergeCompanies([...byUrlAndData, ...inText.map(fromText)]).slice(
    0,
    MAX_COMPANIES
  );
}

/**
 * Watches the page (DOM changes and single-page navigations, throttled, see watchPage) and reports its
 * companies to the worker each time they change; `rescan` starts over on the adviser's request.
 */
export function reportPage(doc: Document): {rescan(): void} {
  let watch: PageWatch | null = null;
  const start = () => {
    watch?.stop();
    watch = watchPage({
      root: doc.body ?? doc.documentElement,
      onResult: (inText, url) => {
        const companies = pageCompanies(doc, url, inText);
        void sendMessage('page-companies', {url, companies}).catch(
          () => undefined // The extension was updated or removed: this page's script is orphaned.
        );
      },
    });
  };
  start();
  return {rescan: start};
}
