import type {Scheme} from '../../src/catalogue/types.ts';
import {bdtRebond, revueRebond} from '../sources.ts';

/**
 * What the two strands of Rebond industriel (France 2030) have in common: one call, opened on 1 August 2022
 * and announced until October 2026, presented and sourced on the same pages. Spread after `amounts` so that
 * the fields keep the order of a Scheme.
 */
export const rebondIndustriel: Pick<
  Scheme,
  'dates' | 'status' | 'statusNote' | 'apply' | 'sources' | 'verifiedOn'
> = {
  dates: {
    opens: '2022-08-01',
    note: {
      fr: "Appel annoncé ouvert jusqu'en octobre 2026 (sans jour précis) ; clôture ou prolongation non confirmée.",
      en: 'Call announced as open until October 2026 (no exact day); closure or extension not confirmed.',
    },
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "L'appel était annoncé jusqu'en octobre 2026 : cette échéance est passée et les sources ne confirment ni sa clôture ni sa prolongation.",
    en: 'The call was announced until October 2026: that deadline has passed and the sources confirm neither its closure nor an extension.',
  },
  apply: {
    url: bdtRebond.url,
    label: {
      fr: 'Présentation du dispositif Rebond industriel (site de la Banque des Territoires)',
      en: 'The Rebond industriel scheme (Banque des Territoires website)',
    },
  },
  sources: [bdtRebond, revueRebond],
  verifiedOn: '2026-11-26',
};
