import type {EligibilityCheck} from '../src/catalogue/types.ts';
import {fundInfogreffe} from './sources.ts';

/**
 * Eligibility checks asked by more than one scheme, worded once so that the same condition reads the same
 * in every entry (and in the "to be checked with the operator" list). Each names its sources: an entry that
 * uses a check lists them among its own.
 */

/** The sources ask it of private companies, the main applicants; they say nothing of the others. */
export const territoryGovernanceAgreement: EligibilityCheck = {
  text: {
    fr: "Accord de la gouvernance du Territoire d'industrie (projets portés par une entreprise)",
    en: "Agreement of the Territoire d'industrie's governance (projects led by a company)",
  },
  sourceIds: [fundInfogreffe.id],
};

/** The EU state-aid condition on the company itself. */
export const companyNotInDifficulty: EligibilityCheck = {
  text: {
    fr: "Entreprise non en difficulté (au sens des règles européennes d'aides d'État)",
    en: 'Company not in difficulty (as defined by EU state-aid rules)',
  },
  sourceIds: [fundInfogreffe.id],
};
