import {describe, expect, it} from 'vitest';
import {createRateLimiter, DEFAULT_RATE_LIMIT} from './rate-limiter.ts';
import {createTestClock} from './test-clock.ts';

/** Starts `count` jobs at once; each holds its slot for `holdMs` of virtual time. */
async function runJobs(count: number, holdMs: number) {
  const clock = createTestClock();
  const limiter = createRateLimiter(DEFAULT_RATE_LIMIT, clock);
  const starts: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  await Promise.all(
    Array.from({length: count}, async () => {
      const release = await limiter.acquire();
      if (release === 'aborted') throw new Error('not aborted');
      starts.push(clock.now());
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await clock.sleep(holdMs);
      inFlight -= 1;
      release();
    })
  );
  return {starts, maxInFlight, clock};
}

function maxStartsInAnySecond(starts: readonly number[]): number {
  return Math.max(
    ...starts.map(
      (from) => starts.filter((t) => t >= from && t < from + 1000).length
    )
  );
}

describe('createRateLimiter', () => {
  it.each([
    ['quick requests', 0],
    ['requests of 100 ms', 100],
    ['requests of 700 ms', 700],
  ])(
    'starts at most 5 requests per second and 2 at once (%s)',
    async (_name, holdMs) => {
      const {starts, maxInFlight} = await runJobs(17, holdMs);
      expect(starts).toHaveLength(17);
      expect(maxStartsInAnySecond(starts)).toBeLessThanOrEqual(5);
      expect(maxInFlight).toBe(2);
    }
  );

  it('does not wait when under the limits', async () => {
    const {starts, clock} = await runJobs(5, 0);
    expect(new Set(starts)).toEqual(new Set([clock.now()]));
  });

  it('serves waiters first come, first served', async () => {
    const clock = createTestClock();
    const limiter = createRateLimiter(
      {maxStarts: 1, windowMs: 1000, maxInFlight: 1},
      clock
    );
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3].map(async (n) => {
        const release = await limiter.acquire();
        order.push(n);
        if (release !== 'aborted') release();
      })
    );
    expect(order).toEqual([1, 2, 3]);
  });

  it('holds every start until the time given by holdUntil', async () => {
    const clock = createTestClock();
    const limiter = createRateLimiter(DEFAULT_RATE_LIMIT, clock);
    const heldUntil = clock.now() + 3000;
    limiter.holdUntil(heldUntil);
    limiter.holdUntil(clock.now() + 1000); // never moves back
    const release = await limiter.acquire();
    expect(release).not.toBe('aborted');
    expect(clock.now()).toBe(heldUntil);
  });

  it('lets a waiter abort without taking a slot', async () => {
    const clock = createTestClock();
    const limiter = createRateLimiter(
      {maxStarts: 5, windowMs: 1000, maxInFlight: 1},
      clock
    );
    const first = await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort();
    expect(await waiting).toBe('aborted');
    expect(await limiter.acquire(controller.signal)).toBe('aborted');
    if (first !== 'aborted') first();
    const next = await limiter.acquire();
    expect(typeof next).toBe('function');
  });

  it('ignores a second release of the same slot', async () => {
    const clock = createTestClock();
    const limiter = createRateLimiter(
      {maxStarts: 10, windowMs: 1000, maxInFlight: 1},
      clock
    );
    const first = await limiter.acquire();
    if (first === 'aborted') throw new Error('unexpected');
    const second = limiter.acquire();
    first();
    const granted = await second;
    first(); // must not free the slot `second` holds
    let thirdGranted = false;
    void limiter.acquire().then(() => (thirdGranted = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(thirdGranted).toBe(false);
    if (granted !== 'aborted') granted();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(thirdGranted).toBe(true);
  });
});
