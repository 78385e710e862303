import type {Random} from './clock.ts';

export interface RetryPolicy {
  /** Retries after the first attempt (the product allows 3 at most). */
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A longer Retry-After ends the lookup as 'rate-limited' at once instead of leaving the user waiting. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 4000,
  maxRetryAfterMs: 30_000,
};

/**
 * Delay before retry number `retry` (0 for the first): exponential, capped, with "equal jitter"
 * (half fixed, half random) so that clients spread out yet never retry immediately.
 */
export function backoffDelay(
  retry: number,
  policy: RetryPolicy,
  random: Random
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return ceiling / 2 + (random() * ceiling) / 2;
}

/**
 * Milliseconds to wait from a Retry-After header: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Null when absent or unreadable; never negative.
 */
export function parseRetryAfter(
  header: string | null,
  now: number
): number | null {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its weekday or month; this keeps Date.parse away from bare numbers like "-1".
  if (!/[a-z]{3}/i.test(value)) return null;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
