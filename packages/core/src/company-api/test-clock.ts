// Test helper: virtual time. `sleep` returns on the next macrotask and moves the clock on, so that
// seconds of backoff, Retry-After and rate limiting take no real time.
import type {Now, Sleep} from './clock.ts';

export interface TestClock {
  readonly now: Now;
  readonly sleep: Sleep;
  /** Every delay asked of `sleep`, in order. */
  readonly sleeps: number[];
  advance(ms: number): void;
}

export const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

export function createTestClock(start = T0): TestClock {
  let time = start;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleeps,
    advance(ms) {
      time += ms;
    },
    sleep(ms, signal) {
      sleeps.push(ms);
      const wake = time + ms;
      return new Promise((resolve) => {
        setTimeout(() => {
          if (!signal?.aborted) time = Math.max(time, wake);
          resolve();
        }, 0);
      });
    },
  };
}
