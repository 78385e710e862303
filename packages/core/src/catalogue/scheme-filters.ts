import type {
  Beneficiary,
  Operator,
  PriorityId,
  Scheme,
  SchemeKind,
  SchemeStatus,
} from '@ti-toolkit/data/catalogue';

/** Within a facet the values are alternatives (OR); across facets they all apply (AND). */
export interface SchemeFilters {
  priority?: readonly PriorityId[];
  beneficiary?: readonly Beneficiary[];
  kind?: readonly SchemeKind[];
  operator?: readonly Operator[];
  status?: readonly SchemeStatus[];
}

export type Facet = keyof SchemeFilters;
export const FACETS: readonly Facet[] = [
  'priority',
  'beneficiary',
  'kind',
  'operator',
  'status',
];

/** The values a scheme has for a facet. */
export function facetValues(scheme: Scheme, facet: Facet): readonly string[] {
  switch (facet) {
    case 'priority':
      return scheme.priorities;
    case 'beneficiary':
      return scheme.beneficiaries;
    case 'kind':
      return [scheme.kind];
    case 'operator':
      return scheme.operators;
    case 'status':
      return [scheme.status];
  }
}

export function matchesFilters(
  scheme: Scheme,
  filters: SchemeFilters,
  except?: Facet
): boolean {
  return FACETS.every((facet) => {
    const wanted = filters[facet] as readonly string[] | undefined;
    if (facet === except || !wanted || wanted.length === 0) return true;
    return facetValues(scheme, facet).some((value) => wanted.includes(value));
  });
}

export type FacetCounts = Record<Facet, Record<string, number>>;

/**
 * For each facet, how many schemes each value would give, the other facets' filters applied:
 * what a filter panel shows beside each checkbox.
 */
export function countFacets(
  schemes: readonly Scheme[],
  filters: SchemeFilters
): FacetCounts {
  const counts = Object.fromEntries(
    FACETS.map((facet) => [facet, {}])
  ) as FacetCounts;
  for (const facet of FACETS) {
    const byValue = counts[facet];
    for (const scheme of schemes) {
      if (!matchesFilters(scheme, filters, facet)) continue;
      for (const value of facetValues(scheme, facet))
        byValue[value] = (byValue[value] ?? 0) + 1;
    }
  }
  return counts;
}
