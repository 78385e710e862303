export {loadCatalogue} from './load-catalogue.ts';
export {searchSchemes, type SchemeQuery} from './search-schemes.ts';
export {
  listSchemes,
  rankSchemes,
  type SchemeHit,
  type SchemeResults,
} from './rank-schemes.ts';
export {
  countFacets,
  matchesFilters,
  FACETS,
  type Facet,
  type FacetCounts,
  type SchemeFilters,
} from './scheme-filters.ts';
export {
  assessScheme,
  assessCatalogue,
  type Assessment,
  type EligibilityProfile,
  type EligibilityReason,
  type Estimate,
  type Verdict,
} from './eligibility.ts';
export {
  explainReason,
  explainEstimate,
  VERDICT_LABELS,
} from './explain-eligibility.ts';
export {formatAmount, formatEuros, formatRate} from './format-amount.ts';
export * from './labels.ts';
export {stemFrench} from './french-stem.ts';
export {
  isAvailable,
  isReviewStale,
  newestSource,
  REVIEW_WARNING_MONTHS,
  sourcesByDate,
} from './provenance.ts';
export {sectorOfNaf} from './sector.ts';
