import {describe, expect, it} from 'vitest';
import {backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter} from './retry.ts';

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);

describe('parseRetryAfter', () => {
  it.each<[string | null, number | null]>([
    ['120', 120_000],
    ['0', 0],
    [' 5 ', 5000],
    ['Thu, 15 Jan 2026 09:00:30 GMT', 30_000],
    ['Thursday, 15-Jan-26 09:01:00 GMT', 60_000],
    ['Thu, 15 Jan 2026 08:00:00 GMT', 0],
    [null, null],
    ['', null],
    ['-1', null],
    ['1.5', null],
    ['soon', null],
    ['Thu, 99 Foo 2026', null],
  ])('%j -> %j ms', (header, expected) => {
    expect(parseRetryAfter(header, NOW)).toBe(expected);
  });
});

describe('backoffDelay', () => {
  const policy = {...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000};

  it.each([
    [0, 0, 50],
    [0, 0.999, 99.95],
    [1, 0.5, 150],
    [2, 0, 200],
    [3, 0, 400],
    [4, 0, 500],
    [10, 1, 1000],
  ])('retry %i with random %f waits %f ms', (retry, random, expected) => {
    expect(backoffDelay(retry, policy, () => random)).toBeCloseTo(expected);
  });

  it('never waits less than half the ceiling nor more than the ceiling', () => {
    for (let retry = 0; retry < 6; retry += 1) {
      const ceiling = Math.min(
        policy.maxDelayMs,
        policy.baseDelayMs * 2 ** retry
      );
      const delay = backoffDelay(retry, policy, Math.random);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });
});
