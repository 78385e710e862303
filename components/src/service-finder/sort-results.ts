import type {Scheme} from '@ti-toolkit/data/catalogue';
import {headlineAmount} from '../internal/compact-result.ts';

/** The orders of the result list: the search's relevance (the catalogue's order without a text), deadline, amount. */
export const SORT_ORDERS = ['relevance', 'deadline', 'amount'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** A `sort` attribute as typed: a known order (in any case), or relevance. */
export const toSortOrder = (value: unknown): SortOrder =>
  SORT_ORDERS.find(
    (order) =>
      order ===
      String(value ?? '')
        .trim()
        .toLowerCase()
  ) ?? 'relevance';

/**
 * How an entry ranks by amount: [tier, euros]. Sums a beneficiary can get come first, then shares of a cost with
 * no published ceiling (no sum to compare), then budgets, then entries with no published amount. Nothing is
 * converted or guessed: a rate without a ceiling has no euros.
 */
function amountRank(scheme: Scheme): [number, number] {
  const amount = headlineAmount(scheme);
  switch (amount?.type) {
    case 'per-unit':
      return [0, amount.euros];
    case 'ceiling':
      return [0, amount.ceiling];
    case 'rate':
      return amount.ceiling ? [0, amount.ceiling] : [1, 0];
    case 'envelope':
      return amount.euros === undefined ? [3, 0] : [2, amount.euros];
    default:
      return [3, 0];
  }
}

/** The closing date that still matters: none for a closed scheme, whatever its page said. */
const deadline = (scheme: Scheme) =>
  scheme.status === 'closed' ? undefined : scheme.dates.closes;

/**
 * The hits in the order asked for. Deadline: the soonest closing date first, entries without one last. Amount:
 * the largest headline amount first (see amountRank), entries without a published amount last. The sort is
 * stable: equal entries keep their relevance order.
 */
export function sortHits<T extends {scheme: Scheme}>(
  hits: readonly T[],
  order: SortOrder
): readonly T[] {
  if (order === 'deadline')
    return [...hits].sort((a, b) => {
      const [x, y] = [deadline(a.scheme), deadline(b.scheme)];
      if (x === y) return 0;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      return x < y ? -1 : 1;
    });
  if (order === 'amount')
    return [...hits].sort((a, b) => {
      const [tierA, eurosA] = amountRank(a.scheme);
      const [tierB, eurosB] = amountRank(b.scheme);
      return tierA - tierB || eurosB - eurosA;
    });
  return hits;
}
