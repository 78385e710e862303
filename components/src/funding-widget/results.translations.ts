import type {Verdict} from '@ti-toolkit/core/catalogue';
import type {Lang} from '../i18n/lang.ts';

// The words of the results, loaded with the result templates (and the eligibility engine), not in the first download.

const fr = {
  groups: {
    eligible: 'Éligibles',
    'to-check': 'À vérifier',
    'not-eligible': 'Non éligibles',
  } satisfies Record<Verdict, string>,
  met: 'Condition remplie',
  notMet: 'Condition non remplie',
  toCheck: 'À vérifier',
  reasons: 'Pourquoi',
  status: (label: string) => `Statut : ${label}`,
  amounts: 'Montants',
  operators: 'Opérateur :',
  closes: 'Date limite :',
  apply: 'Comment candidater :',
  applyUnsafe: 'lien non sécurisé, non affiché',
};

const en: typeof fr = {
  groups: {
    eligible: 'Eligible',
    'to-check': 'To be checked',
    'not-eligible': 'Not eligible',
  },
  met: 'Condition met',
  notMet: 'Condition not met',
  toCheck: 'To be checked',
  reasons: 'Why',
  status: (label: string) => `Status: ${label}`,
  amounts: 'Amounts',
  operators: 'Operator:',
  closes: 'Deadline:',
  apply: 'How to apply:',
  applyUnsafe: 'unsafe link, not shown',
};

export type ResultTexts = typeof fr;
export const resultTexts: Record<Lang, ResultTexts> = {fr, en};
