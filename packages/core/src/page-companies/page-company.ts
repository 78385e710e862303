import type {CompanyIdKind, CompanyIdLabel} from '../identifiers/index.ts';

/**
 * The part a company plays in a legal notice ("mentions légales"): the site's publisher (its owner, the
 * company named in its "informations sur l'entreprise"), its host, the agency that made it, or a credit
 * (photographs, illustrations). Only the publisher is ever chosen by default: the adviser on a company's
 * site wants that company, never its host or its web agency.
 */
export type NoticeRole = 'publisher' | 'host' | 'maker' | 'credit';

export const NOTICE_ROLES: readonly NoticeRole[] = [
  'publisher',
  'host',
  'maker',
  'credit',
];

/** A span of the page's text: where one identifier of a company is written. */
export interface TextSpan {
  index: number;
  length: number;
}

/**
 * A company a page names: found by a detector (the page's address, its structured data) or in its text,
 * every finding of the same SIREN merged.
 */
export interface DetectedCompany {
  siren: string;
  siret: string | null;
  /** The id of the detector that found it first (`page-text` for the text scan). */
  source: string;
  confidence: 'high' | 'low';
  name?: string;
  /** Its part in a legal notice, when the page's text says. */
  role?: NoticeRole;
}

/** A company found in the page's text: every identifier of it found there, merged. */
export interface TextCompany {
  siren: string;
  /** The first SIRET seen for it: the establishment the page most likely speaks of. */
  siret: string | null;
  /** The kinds of identifier it was named by, in order of first appearance. */
  kinds: CompanyIdKind[];
  /** The best confidence of its identifiers. */
  confidence: 'high' | 'low';
  occurrences: number;
  /** The labels that supported its identifiers, in order of first appearance. */
  labels: CompanyIdLabel[];
  /** Where its identifiers are written, in text order (the first is the earliest in the page). */
  spans: TextSpan[];
  /** Its part in a legal notice, from the words before its identifiers. */
  role: NoticeRole | null;
  /** Set when one of its identifiers may be displayed in another order than written (bidi controls). */
  displayOrderUncertain: boolean;
}
