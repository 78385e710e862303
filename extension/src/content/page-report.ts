import {condenseText} from '@ti-toolkit/core/page-companies';
import {
  MAX_CHECKED_SPANS,
  MAX_REPORTED_TEXT,
  type PageReport,
} from '../messages/page-report.ts';
import type {PageScan} from '../page-scan/scan-page.ts';
import {candidateSpans, mayBeIdentifier} from './candidate-spans.ts';
import {reportableUrl} from './reportable-url.ts';
import {structuredDataOf} from './structured-data.ts';

/**
 * The page's report: its address (trimmed when huge), the excerpts of its text around every digit run that may be
 * an identifier, its JSON-LD, and how the reader sees the first runs whose checksum could pass. The worker runs
 * the core's pipeline on it (scanner, roles, ranking, choice): the content script, injected into every scanned
 * page, stays small (ADR 0013). The check may force layout: it is made only where a number may be a company's.
 */
export function pageReport(
  doc: Document,
  href: string,
  scan: PageScan
): PageReport {
  const spans = candidateSpans(scan.text);
  const condensed = condenseText(scan.text, spans, MAX_REPORTED_TEXT);
  const seen: PageReport['seen'] = [];
  for (const span of spans) {
    if (seen.length === MAX_CHECKED_SPANS) break;
    const at = condensed.toCondensed(span.index);
    if (at === -1 || !mayBeIdentifier(scan.text, span)) continue;
    seen.push([at, span.length, scan.seen(span.index, span.length)]);
  }
  return {
    url: reportableUrl(href),
    text: condensed.text,
    structuredData: structuredDataOf(doc),
    seen,
  };
}
