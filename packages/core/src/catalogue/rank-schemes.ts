import type {Scheme, SchemeStatus} from '@ti-toolkit/data/catalogue';
import {
  countFacets,
  matchesFilters,
  type FacetCounts,
  type SchemeFilters,
} from './scheme-filters.ts';

export interface SchemeHit {
  scheme: Scheme;
  /** Relevance to the text (0 when there is no text). */
  score: number;
}

export interface SchemeResults {
  hits: SchemeHit[];
  /** Counts per facet value, for the text and the other facets' filters. */
  facets: FacetCounts;
}

/** Among equally relevant schemes, open and running ones first; closed ones always come last (history). */
const STATUS_ORDER: Record<SchemeStatus, number> = {
  open: 0,
  running: 1,
  upcoming: 2,
  unconfirmed: 3,
  closed: 4,
};

/** Filters the schemes a text matched (all of them without a text), orders them and counts the facets. */
export function rankSchemes(
  matching: readonly SchemeHit[],
  filters: SchemeFilters
): SchemeResults {
  const hits = matching
    .filter((hit) => matchesFilters(hit.scheme, filters))
    .sort(
      (a, b) =>
        Number(a.scheme.status === 'closed') -
          Number(b.scheme.status === 'closed') ||
        b.score - a.score ||
        STATUS_ORDER[a.scheme.status] - STATUS_ORDER[b.scheme.status]
    );
  return {
    hits,
    facets: countFacets(
      matching.map((hit) => hit.scheme),
      filters
    ),
  };
}

/**
 * Every scheme for some filters, without a text: what a finder shows first. It does not need the full-text
 * index, so a page can show the catalogue before MiniSearch is downloaded.
 */
export function listSchemes(
  schemes: readonly Scheme[],
  filters: SchemeFilters = {}
): SchemeResults {
  return rankSchemes(
    schemes.map((scheme) => ({scheme, score: 0})),
    filters
  );
}
