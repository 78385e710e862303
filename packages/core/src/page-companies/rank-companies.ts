import type {CompanyIdMatch} from '../identifiers/index.ts';
import {noticeRole} from './notice-role.ts';
import type {NoticeRole, TextCompany} from './page-company.ts';

/**
 * Groups the identifiers found in a page's text (in text order) by SIREN and ranks the companies: a legal
 * notice's publisher first, companies without a role next, its host, agency and credits last; then high
 * confidence first, the most occurrences, the earliest in the page. A labelled number beats a bare one, a
 * company named often is the page's subject more likely than one named once, and a notice names its
 * publisher before its host and its agency. Roles are read only when the text is given.
 */
export function rankCompanies(
  matches: readonly CompanyIdMatch[],
  text?: string
): TextCompany[] {
  const bySiren = new Map<string, TextCompany>();
  // Where the identifier of the company named before ends: a role word before it spoke for that company.
  let previous: CompanyIdMatch | null = null;
  let since = 0;
  for (const match of matches) {
    if (previous !== null && previous.siren !== match.siren)
      since = previous.index + previous.length;
    previous = match;
    let company = bySiren.get(match.siren);
    if (company === undefined) {
      company = {
        siren: match.siren,
        siret: null,
        kinds: [],
        confidence: 'low',
        occurrences: 0,
        labels: [],
        spans: [],
        role: null,
        displayOrderUncertain: false,
      };
      bySiren.set(match.siren, company);
    }
    company.occurrences++;
    company.spans.push({index: match.index, length: match.length});
    if (text !== undefined && company.role === null)
      company.role = noticeRole(text, match.index, since);
    company.siret ??= match.siret;
    if (!company.kinds.includes(match.kind)) company.kinds.push(match.kind);
    if (match.label !== null && !company.labels.includes(match.label))
      company.labels.push(match.label);
    if (match.confidence === 'high') company.confidence = 'high';
    if (isDisplayOrderUncertain(match)) company.displayOrderUncertain = true;
  }
  return [...bySiren.values()].sort(
    (a, b) =>
      roleRank(a.role) - roleRank(b.role) ||
      confidenceRank(b.confidence) - confidenceRank(a.confidence) ||
      b.occurrences - a.occurrences ||
      a.spans[0]!.index - b.spans[0]!.index
  );
}

// The scanner marks a number written inside bidi controls (see identifiers): what is shown may differ.
const isDisplayOrderUncertain = (match: CompanyIdMatch): boolean =>
  match.displayOrder === 'uncertain';

const confidenceRank = (confidence: 'high' | 'low'): number =>
  confidence === 'high' ? 1 : 0;

export const roleRank = (role: NoticeRole | null): number =>
  role === 'publisher' ? 0 : role === null ? 1 : 2;
