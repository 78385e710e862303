import type {DetectedCompany} from '../detectors/detector.ts';
import {detectCompanies} from '../detectors/index.ts';
import {mergeCompanies} from '../detectors/merge-companies.ts';
import {sendMessage} from '../messages/send-message.ts';
import {scanPage, type PageCompany} from '../page-scan/scan-page.ts';

/** The most companies a page reports: a legal notice names a handful; a list page is not about one company. */
export const MAX_COMPANIES = 20;

/** Text findings in the worker's shape: the detectors' findings come first, they name the page's subject. */
const fromText = (company: PageCompany): DetectedCompany => ({
  siren: company.siren,
  siret: company.siret,
  source: 'page-text',
  confidence: company.confidence,
});

export async function findCompanies(doc: Document): Promise<DetectedCompany[]> {
  const byUrlAndData = detectCompanies({url: new URL(doc.URL), document: doc});
  const inText = await scanPage(doc.body ?? doc.documentElement);
  return mergeCompanies([...byUrlAndData, ...inText.map(fromText)]).slice(
    0,
    MAX_COMPANIES
  );
}

/** Scans the page and reports to the worker; `rescan` does it again on request. */
export function reportPage(doc: Document): {rescan(): void} {
  const report = async () => {
    const companies = await findCompanies(doc);
    await sendMessage('page-companies', {url: doc.URL, companies});
  };
  void report().catch(() => undefined);
  return {rescan: () => void report().catch(() => undefined)};
}
