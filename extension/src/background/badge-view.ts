import type {LookupRecord, TabState} from '../shared/tab-state.ts';
import type {Verdict} from '../shared/verdict.ts';

export interface BadgeView {
  text: string;
  /** Background colour; the text is white on each of them (contrast ≥ 4.5:1). */
  color: string;
  /** The tooltip: the badge's meaning in words, for everyone and for screen readers. */
  title: string;
}

const GREEN = '#18753c';
const GREY = '#53575e';
const BLUE = '#2a4fb3';
const ORANGE = '#a14a00';

const NAME = "Territoires d'industrie";

/**
 * What the toolbar badge says for a tab, at a glance: in a territory ("TI"), not in one ("non"), several
 * companies to choose from (their count), nothing found ("0"), looking up ("…"), or a problem ("!" / "?").
 */
export function badgeView(
  tab: TabState | undefined,
  lookup: LookupRecord | undefined,
  verdict: Verdict | null
): BadgeView {
  if (tab === undefined) return {text: '', color: GREY, title: NAME};
  if (tab.companies.length === 0 && tab.chosen === null)
    return {
      text: '0',
      color: GREY,
      title: `${NAME} : aucune entreprise trouvée sur cette page`,
    };
  if (tab.chosen === null)
    return {
      text: String(Math.min(tab.companies.length, 99)),
      color: BLUE,
      title: `${NAME} : ${tab.companies.length} entreprises trouvées, choisissez-en une dans le panneau`,
    };
  if (lookup === undefined || lookup.status === 'pending')
    return {
      text: '…',
      color: GREY,
      title: `${NAME} : recherche de l'entreprise…`,
    };
  if (!lookup.result.ok)
    return lookup.result.reason === 'not-found'
      ? {
          text: '?',
          color: GREY,
          title: `${NAME} : entreprise absente du répertoire public`,
        }
      : {
          text: '!',
          color: ORANGE,
          title: `${NAME} : l'annuaire des entreprises n'a pas répondu, voir le panneau`,
        };
  switch (verdict?.status) {
    case 'in-territory':
      return {
        text: 'TI',
        color: GREEN,
        title: `${NAME} : dans le territoire ${verdict.territory.name}`,
      };
    case 'not-in-territory':
      return {
        text: 'non',
        color: GREY,
        title: `${NAME} : hors des Territoires d'industrie`,
      };
    default:
      return {
        text: '?',
        color: GREY,
        title: `${NAME} : commune de l'établissement inconnue`,
      };
  }
}
