import type {Localized} from '../src/catalogue/types.ts';

/**
 * Eligibility checks asked by more than one scheme, worded once so that the same condition reads the same
 * in every entry (and in the "to be checked with the operator" list).
 */

export const territoryGovernanceAgreement: Localized = {
  fr: "Accord de la gouvernance du Territoire d'industrie",
  en: "Agreement of the Territoire d'industrie's governance",
};

/** The EU state-aid condition on the company itself. */
export const companyNotInDifficulty: Localized = {
  fr: "Entreprise non en difficulté (règles européennes d'aides d'État)",
  en: 'Company not in difficulty (EU state-aid rules)',
};
