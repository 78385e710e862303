import type {PlaceAnswer} from '@ti-toolkit/core/places';

/**
 * A row's answer as the filters see it. `failed`: the company lookup could not be done (the API failed, or the page
 * asks none), as the core's list status says: never "not found".
 */
export type RowOutcome = 'in' | 'out' | 'other' | 'failed';
export type RowFilter = 'all' | RowOutcome;
export const ROW_FILTERS: readonly RowFilter[] = [
  'all',
  'in',
  'out',
  'other',
  'failed',
];

export function rowOutcome(answer: PlaceAnswer): RowOutcome {
  const {code} = answer.reason;
  if (code === 'company-lookup-failed' || code === 'company-lookup-unavailable')
    return 'failed';
  if (answer.status === 'in-territory') return 'in';
  if (answer.status === 'not-in-territory') return 'out';
  return 'other';
}

export type OutcomeCounts = Record<RowOutcome, number>;

export function countOutcomes(
  answers: readonly (PlaceAnswer | null)[]
): OutcomeCounts {
  const counts: OutcomeCounts = {in: 0, out: 0, other: 0, failed: 0};
  for (const answer of answers) if (answer) counts[rowOutcome(answer)]++;
  return counts;
}
