/** The catalogue's closed vocabularies: the types, the schema and the command line's option checks derive from them. */

export const PRIORITY_IDS = [
  'ecological-transition',
  'innovation',
  'skills-recruitment',
  'industrial-land',
] as const;

export const BENEFICIARIES = [
  'company',
  'local-authority',
  'training-body',
  'association',
  'employer-group',
  'young-graduate',
  'developer',
] as const;

export const SCHEME_KINDS = [
  'funding',
  'engineering',
  'support',
  'recruitment',
  'land',
  'information',
] as const;

export const OPERATORS = [
  'anct',
  'banque-des-territoires',
  'bpifrance',
  'ademe',
  'business-france',
  'france-travail',
  'cerema',
  'dge',
  'prefectures',
  'regions',
] as const;

/**
 * open: applications accepted now, with a closing date; running: available without a call for projects;
 * upcoming: announced, not yet open; closed: over; unconfirmed: a fact the sources do not confirm for now
 * (e.g. a 2025 edition), explained in the scheme's `statusNote`.
 */
export const SCHEME_STATUSES = [
  'open',
  'running',
  'upcoming',
  'unconfirmed',
  'closed',
] as const;

/** The kinds of project a profile can name and a scheme can serve. */
export const PROJECT_KINDS = [
  'decarbonisation',
  'circular-economy',
  'industrial-investment',
  'innovation',
  'skills-training',
  'hiring',
  'land-brownfield',
  'industrial-real-estate',
  'studies',
  'international',
  'territory-project-lead',
] as const;

export const COMPANY_SIZES = ['micro', 'sme', 'mid-cap', 'large'] as const;

/** Sectors a scheme can be reserved to; industry is NAF section C (divisions 10 to 33). */
export const SECTORS = ['industry'] as const;

export const TERRITORY_SCOPES = [
  'all-territories',
  'selected-territories',
  'anywhere',
] as const;

/** Phase 2 of the programme began in 2023: an older source cannot confirm that an offer runs today. */
export const PHASE_2_START = '2023';
