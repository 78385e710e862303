import type {LookupRecord} from '../shared/tab-state.ts';

/** After a failure, a new visit may try again only after this long (the panel's "retry" button may at once). */
export const FAILURE_HOLD_MS = 30_000;
const DAY = 24 * 60 * 60 * 1000;
/** Whether a record still answers, or a new lookup is due. */
export function isSettled(
  record: LookupRecord | undefined,
  now: number
): boolean {
  if (record === undefined) return false;
  if (record.status === 'pending') return true;
  const age = now - record.finishedAt;
  return record.result.ok || record.result.reason === 'not-found'
    ? age < DAY
    : age < FAILURE_HOLD_MS;
}
