import {
  findPageCompanies,
  type DetectedCompany,
  type PageCompanies,
} from '@ti-toolkit/core/page-companies';
import {sendMessage} from '../messages/send-message.ts';
import type {PageScan} from '../page-scan/scan-page.ts';
import {watchPage, type PageWatch} from '../page-scan/watch-page.ts';
import {reportableUrl} from './reportable-url.ts';
import {structuredDataOf} from './structured-data.ts';

/** What the worker is told: the companies in the core's shape, without the text positions. */
const toReported = ({
  siren,
  siret,
  source,
  confidence,
  name,
  role,
}: DetectedCompany): DetectedCompany => ({
  siren,
  siret,
  source,
  confidence,
  ...(name === undefined ? {} : {name}),
  ...(role === undefined ? {} : {role}),
});

/**
 * The page's companies and the default choice, by the core's one pipeline; the chosen candidates are
 * checked against what the reader sees (scan.seen) before they can be chosen.
 */
export function pageCompanies(
  doc: Document,
  url: string,
  scan: PageScan
): PageCompanies {
  return findPageCompanies(
    {url, text: scan.text, structuredData: structuredDataOf(doc)},
    (index, length) => scan.seen(index, length)
  );
}

/**
 * Watches the page (DOM changes and single-page navigations, throttled, see watchPage) and reports its
 * companies to the worker each time what it says changes; `rescan` starts over on the adviser's request.
 */
export function reportPage(doc: Document): {rescan(): void} {
  let watch: PageWatch | null = null;
  let lastReport = '';
  const start = () => {
    watch?.stop();
    lastReport = '';
    watch = watchPage({
      onResult: (scan, href) => {
        const url = reportableUrl(href);
        const {companies, choice} = pageCompanies(doc, href, scan);
        const payload = {url, companies: companies.map(toReported), choice};
        const report = JSON.stringify(payload);
        if (report === lastReport) return;
        lastReport = report;
        void sendMessage('page-companies', payload).catch(
          () => undefined // The extension was updated or removed: this page's script is orphaned.
        );
      },
    });
  };
  start();
  return {rescan: start};
}
