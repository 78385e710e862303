import type {LookupResult} from '@ti-toolkit/core/company-api';
import type {
  ChoiceReason,
  DetectedCompany,
} from '@ti-toolkit/core/page-companies';
import type {AddressChoice} from '../messages/message-map.ts';

/**
 * What the extension knows about one tab, kept in `storage.session` (the worker may be stopped at any time;
 * the panel reads the same record and listens for its changes).
 */
export interface TabState {
  url: string;
  /** Ranked: registry and structured-data findings first, then the page's text. */
  companies: DetectedCompany[];
  /** The company the verdict is about: chosen by the adviser, or the only one found. */
  chosen: {siren: string; address: AddressChoice} | null;
  /** Why the page's default choice is what it is (absent for a manual lookup or a selection). */
  choiceReason?: ChoiceReason;
  /** Something the adviser asked for that could not be done (a selection with no identifier in it). */
  notice: TabNotice | null;
  updatedAt: number;
}

export type TabNotice = {kind: 'no-identifier-in-selection'; text: string};

/**
 * One lookup of the company API, by identifier; kept in `storage.session` while a tab uses it or while it is
 * among the recent ones (the worker prunes the others, see lookup-index.ts).
 */
export type LookupRecord =
  | {identifier: string; status: 'pending'; startedAt: number}
  | {
      identifier: string;
      status: 'done';
      result: LookupResult;
      finishedAt: number;
    };

export const TAB_PREFIX = 'tab:';
export const LOOKUP_PREFIX = 'lookup:';
export const tabKey = (tabId: number): string => `${TAB_PREFIX}${tabId}`;
export const lookupKey = (identifier: string): string =>
  `${LOOKUP_PREFIX}${identifier}`;

/**
 * The identifier to look up for the chosen company: its SIRET when the page gave one (the answer then holds
 * both the establishment and the head office, so the address choice needs no second request), else its SIREN.
 */
export function identifierFor(state: TabState): string | null {
  if (state.chosen === null) return null;
  const {siren} = state.chosen;
  const company = state.companies.find((c) => c.siren === siren);
  return company?.siret ?? siren;
}
