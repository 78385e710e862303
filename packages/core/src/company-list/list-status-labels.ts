import type {Lang} from '@ti-toolkit/data/catalogue';
import type {ListStatus} from './list-answer.ts';

/** Each status in words, for a display or a text output in one language. */
export const LIST_STATUS_LABELS: Record<ListStatus, Record<Lang, string>> = {
  'in-territory': {
    fr: 'dans un Territoire d’industrie',
    en: 'in a Territoire d’industrie',
  },
  'not-in-territory': {
    fr: 'hors Territoire d’industrie',
    en: 'not in a Territoire d’industrie',
  },
  'unknown-commune': {fr: 'commune inconnue', en: 'unknown commune'},
  ambiguous: {fr: 'à préciser', en: 'ambiguous'},
  'not-found': {fr: 'introuvable', en: 'not found'},
  invalid: {fr: 'saisie non reconnue', en: 'not a place'},
  failed: {fr: 'échec de la recherche', en: 'lookup failed'},
};
