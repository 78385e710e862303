import {findCompanyIds} from '@ti-toolkit/core/identifiers';
import {
  condenseText,
  MAX_PAGE_COMPANIES,
  type Seen,
} from '@ti-toolkit/core/page-companies';
import {
  MAX_REPORTED_TEXT,
  SPANS_PER_COMPANY,
  type PageReport,
} from '../messages/page-report.ts';
import type {PageScan} from '../page-scan/scan-page.ts';
import {reportableUrl} from './reportable-url.ts';
import {structuredDataOf} from './structured-data.ts';

/**
 * The page's report: its address (trimmed when huge), the excerpts of its text around the identifiers, its
 * JSON-LD, and how the reader sees the places where the first companies are named. The worker runs the core's
 * pipeline on it (roles, ranking, choice): the content script, injected into every scanned page, stays small.
 * Only the spans the choice may look at are checked (the check may force layout): the first few of each
 * company, for the first companies in page order.
 */
export function pageReport(
  doc: Document,
  href: string,
  scan: PageScan
): PageReport {
  const matches = findCompanyIds(scan.text);
  const condensed = condenseText(scan.text, matches, MAX_REPORTED_TEXT);
  const spansBySiren = new Map<string, number>();
  const seen: [number, Seen][] = [];
  for (const {siren, index, length} of matches) {
    const checked = spansBySiren.get(siren) ?? 0;
    if (checked === SPANS_PER_COMPANY) continue;
    if (checked === 0 && spansBySiren.size === MAX_PAGE_COMPANIES) continue;
    spansBySiren.set(siren, checked + 1);
    const at = condensed.toCondensed(index);
    if (at !== -1) seen.push([at, scan.seen(index, length)]);
  }
  return {
    url: reportableUrl(href),
    text: condensed.text,
    structuredData: structuredDataOf(doc),
    seen,
  };
}
