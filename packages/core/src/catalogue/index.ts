// The full-text search (with MiniSearch) and the eligibility engine are not re-exported here: they load on demand
// from their own entries (`@ti-toolkit/core/catalogue/search`, `/eligibility`). A re-export would put them in the
// first download of any page that bundles this module, whatever the bundler's tree shaking (ADR 0012).
export {loadCatalogue} from './load-catalogue.ts';
export type {SchemeQuery} from './search-schemes.ts';
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
export type {
  Assessment,
  EligibilityProfile,
  EligibilityReason,
  Estimate,
  Verdict,
} from './eligibility.ts';
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
