import type {LookupRecord, TabState} from '../shared/tab-state.ts';
import type {Verdict} from '../shared/verdict.ts';

/** A message of `public/_locales/<lang>/messages.json`, with its substitution. */
export interface BadgeTitle {
  key:
    | 'badgeIdle'
    | 'badgeNothing'
    | 'badgeSeveral'
    | 'badgeLooking'
    | 'badgeNotFound'
    | 'badgeFailed'
    | 'badgeIn'
    | 'badgeOut'
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

/**
 * What the toolbar badge says for a tab, at a glance: in a territory ("TI"), not in one ("non"), several
 * companies to choose from (their count), nothing found ("0"), looking up ("…"), or a problem ("!" / "?").
 */
export function badgeView(
  tab: TabState | undefined,
  lookup: LookupRecord | undefined,
  verdict: Verdict | null
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
    default:
      return {text: '?', color: GREY, title: {key: 'badgeNoCommune'}};
  }
}
