import type {
  CompanyIdKind,
  CompanyIdLabel,
  CompanyIdMatch,
} from '@ti-toolkit/core/identifiers';
import {noticeRole, type NoticeRole} from './notice-role.ts';

export type {NoticeRole} from './notice-role.ts';

/** A company named on a page: every identifier of it found there, merged. */
export interface PageCompany {
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
  /** Offset of its first identifier in the page's text: earlier means nearer the top of the page. */
  firstIndex: number;
  /** Its part in a legal notice (publisher, host, agency), from the words before its first identifier. */
  role: NoticeRole | null;
}

/**
 * Groups matches (in text order) by SIREN and ranks them: high confidence first, then the most
 * occurrences, then the earliest in the page. A labelled number beats a bare one, a company named often
 * is the page's subject more likely than one named once, and a legal notice names its publisher before
 * its host and its agency. Given the page's text, a legal notice's publisher comes first whatever its
 * confidence, and its host and agency last: the adviser on a company's site wants that company.
 */
export function rankCompanies(
  matches: readonly CompanyIdMatch[],
  text?: string
): PageCompany[] {
  const bySiren = new Map<string, PageCompany>();
  for (const match of matches) {
    let company = bySiren.get(match.siren);
    if (company === undefined) {
      company = {
        siren: match.siren,
        siret: null,
        kinds: [],
        confidence: 'low',
        occurrences: 0,
        labels: [],
        firstIndex: match.index,
        role: null,
      };
      bySiren.set(match.siren, company);
    }
    company.occurrences++;
    if (text !== undefined && company.role === null)
      company.role = noticeRole(text, match.index);
    company.siret ??= match.siret;
    if (!company.kinds.includes(match.kind)) company.kinds.push(match.kind);
    if (match.label !== null && !company.labels.includes(match.label))
      company.labels.push(match.label);
    if (match.confidence === 'high') company.confidence = 'high';
  }
  return [...bySiren.values()].sort(
    (a, b) =>
      roleRank(a.role) - roleRank(b.role) ||
      rankOf(b.confidence) - rankOf(a.confidence) ||
      b.occurrences - a.occurrences ||
      a.firstIndex - b.firstIndex
  );
}

const rankOf = (confidence: 'high' | 'low'): number =>
  confidence === 'high' ? 1 : 0;

const roleRank = (role: NoticeRole | null): number =>
  role === 'publisher' ? 0 : role === null ? 1 : 2;
