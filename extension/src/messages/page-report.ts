import type {Seen} from '@ti-toolkit/core/page-companies';

/** What the content script tells its worker about a page (see content/page-report.ts, ADR 0013). */
export interface PageReport {
  /** The page's address, trimmed when huge (content/reportable-url.ts). */
  url: string;
  /** The excerpts of the page's text around the digit runs that may be identifiers (the core's condenseText). */
  text: string;
  /** The text of its JSON-LD blocks. */
  structuredData: string[];
  /** How the reader sees the first digit runs that may be identifiers: offset in `text`, length, how seen. */
  seen: [number, number, Seen][];
}

// The bounds of a report, shared by the content script (which keeps to them) and the worker (which checks them).
/** The most text a report carries (a page listing thousands of companies is not about one). */
export const MAX_REPORTED_TEXT = 1_000_000;
/** A company's own JSON-LD is a few kilobytes; larger blocks (catalogues, feeds) are left out. */
export const MAX_BLOCK_CHARS = 200_000;
export const MAX_BLOCKS = 20;
/** The digit runs checked against the rendering, at most (the check may force layout). */
export const MAX_CHECKED_SPANS = 60;
