import type {Operator, Scheme} from '../../src/catalogue/types.ts';
import {bdtOperators, senateReport2024} from '../sources.ts';

/**
 * On 5 March 2019 the State signed commitments with four public operators, each of which was to name a single
 * referent for every Territoire d'industrie: support with no amount of its own. Only the operator differs, so
 * this returns the fields from `beneficiaries` to `sources`, in the order of a Scheme. No source covers these
 * referents in phase 2, hence unconfirmed.
 */
export function operatorReferent(
  operator: Operator
): Pick<
  Scheme,
  | 'beneficiaries'
  | 'kind'
  | 'operators'
  | 'amounts'
  | 'dates'
  | 'status'
  | 'statusNote'
  | 'statusSourceIds'
  | 'reservedToTerritories'
  | 'territoryScope'
  | 'scopeSourceIds'
  | 'apply'
  | 'sources'
> {
  return {
    beneficiaries: ['local-authority'],
    kind: 'support',
    operators: [operator],
    amounts: [],
    dates: {
      note: {
        fr: 'Engagement signé le 5 mars 2019 (phase 1) ; aucune date publiée pour la phase 2.',
        en: 'Commitment signed on 5 March 2019 (phase 1); no dates published for phase 2.',
      },
      sourceIds: [bdtOperators.id],
    },
    status: 'unconfirmed',
    statusNote: {
      fr: "Notre source la plus récente sur ces référents date de 2019 (phase 1) : leur maintien en phase 2 n'est pas confirmé.",
      en: 'Our newest source on these referents dates from 2019 (phase 1): their continuation in phase 2 is not confirmed.',
    },
    statusSourceIds: [bdtOperators.id],
    reservedToTerritories: true,
    territoryScope: 'all-territories',
    scopeSourceIds: [bdtOperators.id],
    apply: {
      url: bdtOperators.url,
      label: {
        fr: 'Engagements des opérateurs publics pour le programme (2019, phase 1)',
        en: "The public operators' commitments to the programme (2019, phase 1)",
      },
    },
    sources: [bdtOperators, senateReport2024],
  };
}
