import type {LookupRecord, TabState} from '../shared/tab-state.ts';
import type {CompanyVerdict} from '@ti-toolkit/core/company-territory';

/** A message of `public/_locales/<lang>/messages.json`, with its substitution. */
export interface BadgeTitle {
  key:
    | 'badgeIdle'
    | 'badgeNothing'
    | 'badgeSeveral'
    | 'badgeLooking'
    | 'badgeNotFound'
    | 'badgeFailed'
    | 'badgeStorageFull'
    | 'badgeIn'
    | 'badgeOut'
    | 'badgeUnknownCommune'
    | 'badgeNoCommune';
  substitution?: string;
}

export interface BadgeView {
  text: string;
  /** Background colour; the text is white on each of them (contrast ≥ 4.5:1). */
  color: string;
  /** The tooltip: the badge's meaning in words, for everyone and for screen readers. */
  title: BadgeTitle;
}

const GREEN = '#18753c';
const GREY = '#53575e';
const BLUE = '#2a4fb3';
const ORANGE = '#a14a00';

/** Storage refused to keep what the tab needs (see showUnsaved in badge.ts): an error, never a lasting "…". */
export const UNSAVED_BADGE: BadgeView = {
  text: '!',
  color: ORANGE,
  title: {key: 'badgeStorageFull'},
};

/**
 * What the toolbar badge says for a tab, at a glance: in a territory ("TI"), not in one ("non"), several
 * companies to choose from (their count), nothing found ("0"), looking up ("…"), or a problem ("!" / "?"; an
 * orange "?" when the register's commune is unknown to the data).
 */
export function badgeView(
  tab: TabState | undefined,
  lookup: LookupRecord | undefined,
  verdict: CompanyVerdict | null
): BadgeView {
  if (tab === undefined)
    return {text: '', color: GREY, title: {key: 'badgeIdle'}};
  if (tab.companies.length === 0 && tab.chosen === null)
    return {text: '0', color: GREY, title: {key: 'badgeNothing'}};
  if (tab.chosen === null)
    return {
      text: String(Math.min(tab.companies.length, 99)),
      color: BLUE,
      title: {key: 'badgeSeveral', substitution: String(tab.companies.length)},
    };
  if (lookup === undefined || lookup.status === 'pending')
    return {text: '…', color: GREY, title: {key: 'badgeLooking'}};
  if (!lookup.result.ok)
    return lookup.result.reason === 'not-found'
      ? {text: '?', color: GREY, title: {key: 'badgeNotFound'}}
      : {text: '!', color: ORANGE, title: {key: 'badgeFailed'}};
  switch (verdict?.status) {
    case 'in-territory':
      return {
        text: 'TI',
        color: GREEN,
        title: {key: 'badgeIn', substitution: verdict.territory.name},
      };
    case 'not-in-territory':
      return {text: 'non', color: GREY, title: {key: 'badgeOut'}};
    // The data does not know the registered commune: no verdict can be given, least of all "non".
    case 'unknown-commune':
      return {
        text: '?',
        color: ORANGE,
        title: {
          key: 'badgeUnknownCommune',
          substitution: String(verdict.vintage.cogYear),
        },
      };
    default:
      return {text: '?', color: GREY, title: {key: 'badgeNoCommune'}};
  }
}
