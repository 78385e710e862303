import type {Operator, Scheme} from '../../src/catalogue/types.ts';
import {bdtOperators} from '../sources.ts';

/**
 * Every public operator of the programme names a referent for each Territoire d'industrie: support for the
 * territory, with no amount of its own, reached through the territory's project lead. Only the operator
 * differs, so this returns the fields from `beneficiaries` to `verifiedOn`, in the order of a Scheme.
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
  | 'apply'
  | 'sources'
  | 'verifiedOn'
> {
  return {
    beneficiaries: ['local-authority'],
    kind: 'support',
    operators: [operator],
    amounts: [],
    dates: {
      note: {
        fr: 'Accompagnement continu pendant le programme.',
        en: 'Ongoing support during the programme.',
      },
    },
    status: 'running',
    apply: {
      url: bdtOperators.url,
      label: {
        fr: 'Engagements des opérateurs publics pour le programme ; pour joindre le référent, contacter le chef de projet du territoire',
        en: "The public operators' commitments to the programme; to reach the referent, contact the territory's project lead",
      },
    },
    sources: [bdtOperators],
    verifiedOn: '2026-11-26',
  };
}
