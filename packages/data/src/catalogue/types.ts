import type {
  BENEFICIARIES,
  COMPANY_SIZES,
  OPERATORS,
  PRIORITY_IDS,
  PROJECT_KINDS,
  SCHEME_KINDS,
  SCHEME_STATUSES,
  SECTORS,
  TERRITORY_SCOPES,
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
}

export type Beneficiary = (typeof BENEFICIARIES)[number];

export type SchemeKind = (typeof SCHEME_KINDS)[number];

export type Operator = (typeof OPERATORS)[number];

export type SchemeStatus = (typeof SCHEME_STATUSES)[number];

export type ProjectKind = (typeof PROJECT_KINDS)[number];

export type CompanySize = (typeof COMPANY_SIZES)[number];

export type Sector = (typeof SECTORS)[number];

export type TerritoryScope = (typeof TERRITORY_SCOPES)[number];

/**
 * A public page the catalogue cites. `publishedOn` is the page's own date (YYYY-MM-DD, YYYY-MM, or null when the
 * page is undated); `checkedOn` is the day someone compared the entries citing it with the page.
 */
export interface Source {
  /** Kebab-case, unique in the catalogue; facts name their sources by it. */
  id: string;
  /** https only. */
  url: string;
  title: string;
  publisher: string;
  publishedOn: string | null;
  checkedOn: string;
}

/** The ids of the sources (of the same entry) that state a fact. Never empty. */
export type SourceIds = string[];

interface AmountFacts {
  /** False when the sources do not confirm the amount for now (e.g. it is that of an earlier edition). */
  confirmed: boolean;
  note?: Localized;
  sourceIds: SourceIds;
}

/**
 * Structured amounts, so that the UI formats them with Intl and estimates what a rule allows. The `of` and
 * `unit` texts carry their own article or preposition ("du coût de l'étude", "par projet"): French grammar is
 * written by hand, not assembled.
 */
export type Amount =
  /** A fixed sum per unit, e.g. 4,000 € per VTE hire. */
  | (AmountFacts & {
      type: 'per-unit';
      euros: number;
      unit: Localized;
      /** Ceiling per beneficiary, when there is one. */
      ceiling?: number;
    })
  /** A share of a cost, e.g. up to 50 % of a study, with a ceiling when the sources give one. */
  | (AmountFacts & {
      type: 'rate';
      /** 0 < rate <= 1. */
      rate: number;
      upTo: boolean;
      ceiling?: number;
      of: Localized;
    })
  /** A maximum with no rate, e.g. up to 1 M€ per project. */
  | (AmountFacts & {type: 'ceiling'; ceiling: number; unit: Localized})
  /**
   * The scheme's budget, for a year when the sources give one; no `euros` when the sources say there is a budget
   * but publish no amount ("not published", never a guess).
   */
  | (AmountFacts & {type: 'envelope'; euros?: number; year?: number});

/** A condition the toolkit cannot verify, shown as "to be checked with the operator". */
export interface EligibilityCheck {
  text: Localized;
  sourceIds: SourceIds;
}

/**
 * Machine-readable eligibility. Every field narrows; an absent field does not. `sourceIds` state the rule
 * (who, sizes, sectors, projects, timing); where it applies is the scheme's scope.
 */
export interface EligibilityRule {
  who: Beneficiary[];
  companySizes?: CompanySize[];
  /** industry: NAF section C (divisions 10 to 33), read from the company's main activity code where known. */
  sectors?: Sector[];
  projects?: ProjectKind[];
  /** The investment must not have started before the application. */
  investmentNotStarted?: boolean;
  /** The amount estimate rule, when one applies. */
  estimate?: 'per-hire';
  sourceIds: SourceIds;
  checks: EligibilityCheck[];
}

/** A territory a source names among a selective scheme's laureates. */
export interface Laureate {
  name: Localized;
  /** The Territoire d'industrie (2023-2027) the laureate lies in, when it does. */
  territoryId?: string;
  year: number;
  sourceIds: SourceIds;
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
  /** ISO dates, when known; `sourceIds` state them. */
  dates: {
    opens?: string;
    closes?: string;
    note?: Localized;
    sourceIds?: SourceIds;
  };
  status: SchemeStatus;
  /** Required when status is unconfirmed or closed: why, in plain words. */
  statusNote?: Localized;
  statusSourceIds: SourceIds;
  /** True when only places in a Territoire d'industrie can get it. */
  reservedToTerritories: boolean;
  /**
   * all-territories: every Territoire d'industrie; selected-territories: laureates of a selection, the ones a source
   * names in `laureates`; anywhere: no territory condition (within `regions` when set).
   */
  territoryScope: TerritoryScope;
  laureates?: Laureate[];
  /** INSEE codes of the regions a regional scheme serves. */
  regions?: string[];
  scopeSourceIds: SourceIds;
  apply: {url: string; label: Localized};
  sources: Source[];
  eligibility: EligibilityRule;
}

export interface Catalogue {
  version: string;
  /** The day of the last full review of every entry against its sources. */
  reviewedOn: string;
  attribution: string;
  operators: Record<Operator, Localized>;
  priorities: Priority[];
  schemes: Scheme[];
}
