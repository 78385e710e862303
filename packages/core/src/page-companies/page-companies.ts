import type {CompanyIdKind, CompanyIdLabel} from '../identifiers/index.ts';
import type {DetectedCompany, TextSpan} from './page-company.ts';

/** What a page reader gives: the page's address, its visible text, and its structured data blocks. */
export interface PageFacts {
  url: string;
  text: string;
  /** The text of each `<script type="application/ld+json">` block. */
  structuredData?: readonly string[];
}

/** How a reader sees a span of the text, for the page readers that can tell (the extension's content script). */
export type Seen = 'as-written' | 'not-rendered' | 'reordered';

/** A company of the page, every finding merged, in rank order. */
export interface PageCompany extends DetectedCompany {
  /** 1 for the first. */
  rank: number;
  /** The kinds of identifier the text named it by (empty when only a detector found it). */
  kinds: CompanyIdKind[];
  labels: CompanyIdLabel[];
  /** Where the text names it, in text order. */
  spans: TextSpan[];
  /** Set when the reader cannot see it where the page names it (hidden text), as far as was checked. */
  unseen?: true;
  /** Set when its digits may be displayed in another order than written (bidi controls, reversed rows). */
  displayOrderUncertain?: true;
}

/** Why the default choice is what it is; every reason but the first three asks the adviser. */
export type ChoiceReason =
  | 'page-subject'
  | 'publisher'
  | 'only-company'
  | 'several-publishers'
  | 'display-order'
  | 'only-host'
  | 'no-publisher'
  | 'none';

export interface DefaultChoice {
  /** The company chosen by default, or null when the adviser must choose. */
  siren: string | null;
  reason: ChoiceReason;
}

export interface PageCompanies {
  /** At most MAX_PAGE_COMPANIES, in rank order. */
  companies: PageCompany[];
  choice: DefaultChoice;
}
