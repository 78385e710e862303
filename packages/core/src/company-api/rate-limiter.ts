import type {Now, Sleep} from './clock.ts';

export interface RateLimit {
  /** Requests that may start in any window of `windowMs`. */
  readonly maxStarts: number;
  readonly windowMs: number;
  /** Requests that may be under way at once. */
  readonly maxInFlight: number;
}

/** The public API's own limit is 7/s per IP; staying under it leaves room for the user's other tabs. */
export const DEFAULT_RATE_LIMIT: RateLimit = {
  maxStarts: 5,
  windowMs: 1000,
  maxInFlight: 2,
};

/** Frees the slot taken by `acquire`; calling it twice is harmless. */
export type Release = () => void;

export interface RateLimiter {
  /** Waits for a slot (first come, first served); resolves 'aborted' if the signal fires first. */
  acquire(signal?: AbortSignal): Promise<Release | 'aborted'>;
  /** Starts nothing before `time` (a server's Retry-After applies to every request from this client). */
  holdUntil(time: number): void;
}

interface Waiter {
  readonly grant: (release: Release) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/** A sliding-window limiter plus a concurrency cap, shared by all the lookups of one client. */
export function createRateLimiter(
  limit: RateLimit,
  clock: {now: Now; sleep: Sleep}
): RateLimiter {
  const starts: number[] = []; // start times still inside the window, oldest first
  const queue: Waiter[] = [];
  let inFlight = 0;
  let heldUntil = Number.NEGATIVE_INFINITY;
  let timerSet = false;

  const pump = (): void => {
    while (queue.length > 0 && inFlight < limit.maxInFlight) {
      const now = clock.now();
      while (starts.length > 0 && starts[0]! <= now - limit.windowMs)
        starts.shift();
      const windowWait =
        starts.length >= limit.maxStarts
          ? starts[0]! + limit.windowMs - now
          : 0;
      const wait = Math.max(windowWait, heldUntil - now);
      if (wait > 0) return wakeIn(wait);
      const waiter = queue.shift()!;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      inFlight += 1;
      starts.push(now);
      waiter.grant(releaseOnce());
    }
  };

  // One timer at a time: a timer that wakes too early (holdUntil moved on) simply re-arms.
  const wakeIn = (ms: number): void => {
    if (timerSet) return;
    timerSet = true;
    const wake = (): void => {
      timerSet = false;
      pump();
    };
    clock.sleep(ms).then(wake, wake);
  };

  const releaseOnce = (): Release => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      inFlight -= 1;
      pump();
    };
  };

  return {
    acquire(signal) {
      if (signal?.aborted) return Promise.resolve('aborted');
      return new Promise((resolve) => {
        const waiter: Waiter = {
          grant: resolve,
          signal,
          onAbort: () => {
            const index = queue.indexOf(waiter);
            if (index >= 0) queue.splice(index, 1);
            resolve('aborted');
          },
        };
        signal?.addEventListener('abort', waiter.onAbort, {once: true});
        queue.push(waiter);
        pump();
      });
    },
    holdUntil(time) {
      heldUntil = Math.max(heldUntil, time);
    },
  };
}
