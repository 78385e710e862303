import type {
  BENEFICIARIES,
  COMPANY_SIZES,
  OPERATORS,
  PRIORITY_IDS,
  PROJECT_KINDS,
  SCHEME_KINDS,
  SCHEME_STATUSES,
} from './vocabulary.ts';

/**
 * The programme catalogue: the four priorities and the schemes of the "panier de services".
 * Authored in packages/data/catalogue/ (one file per entry), validated by schema.ts and written to
 * generated/catalogue.json by `pnpm catalogue:build`.
 */

export type Lang = 'fr' | 'en';
/** A text in French (authoritative) and English. */
export interface Localized {
  fr: string;
  en: string;
}

export type PriorityId = (typeof PRIORITY_IDS)[number];

export interface Priority {
  id: PriorityId;
  /** 1 to 4, the programme's order. */
  rank: number;
  title: Localized;
  summary: Localized;
  /** What the priority covers, one item per line. */
  covers: Localized[];
  sources: Source[];
  verifiedOn: string;
}

export type Beneficiary = (typeof BENEFICIARIES)[number];

export type SchemeKind = (typeof SCHEME_KINDS)[number];

export type Operator = (typeof OPERATORS)[number];

export type SchemeStatus = (typeof SCHEME_STATUSES)[number];

export type ProjectKind = (typeof PROJECT_KINDS)[number];

export type CompanySize = (typeof COMPANY_SIZES)[number];

/** Structured amounts, so that the UI formats them with Intl and estimates what a rule allows. */
export type Amount =
  /** A fixed sum per unit, e.g. 4,000 € per VTE hire. */
  | {
      type: 'per-unit';
      euros: number;
      unit: Localized;
      /** Ceiling per beneficiary, when there is one. */
      maxEuros?: number;
      confirmed: boolean;
      note?: Localized;
    }
  /** A share of the cost, e.g. up to 50 % of a study, with a ceiling. */
  | {
      type: 'rate';
      /** 0 < rate <= 1. */
      rate: number;
      upTo: boolean;
      maxEuros?: number;
      of: Localized;
      confirmed: boolean;
      note?: Localized;
    }
  /** The total budget of the scheme, e.g. 100 M€ in 2024. */
  | {
      type: 'envelope';
      euros: number;
      period: string;
      confirmed: boolean;
      note?: Localized;
    };

export interface Source {
  /** https only. */
  url: string;
  title: string;
}

/**
 * Machine-readable eligibility. Every field narrows; an absent field does not.
 * `checks` are conditions the toolkit cannot verify (shown as "to be checked with the operator").
 */
export interface EligibilityRule {
  who: Beneficiary[];
  /** in-territory: the place must be in a Territoire d'industrie; selected-territories: a list the toolkit does not hold. */
  place: 'in-territory' | 'selected-territories' | 'anywhere';
  companySizes?: CompanySize[];
  projects?: ProjectKind[];
  /** The amount estimate rule, when one applies. */
  estimate?: 'per-hire';
  checks: Localized[];
}

export interface Scheme {
  id: string;
  title: Localized;
  summary: Localized;
  description: Localized;
  priorities: PriorityId[];
  beneficiaries: Beneficiary[];
  kind: SchemeKind;
  operators: Operator[];
  amounts: Amount[];
  /** ISO dates, when known. */
  dates: {opens?: string; closes?: string; note?: Localized};
  status: SchemeStatus;
  /** Required when status is unconfirmed: what is not confirmed, in plain words. */
  statusNote?: Localized;
  apply: {url: string; label: Localized};
  sources: Source[];
  verifiedOn: string;
  eligibility: EligibilityRule;
}

export interface Catalogue {
  version: string;
  /** The date of the most recently verified entry. */
  verifiedOn: string;
  attribution: string;
  operators: Record<Operator, Localized>;
  priorities: Priority[];
  schemes: Scheme[];
}
