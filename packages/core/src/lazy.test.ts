import {describe, expect, it} from 'vitest';
import {lazy} from './lazy.ts';

describe('lazy', () => {
  it('loads once and shares the result', async () => {
    let calls = 0;
    const load = lazy(async () => ++calls);
    expect(await Promise.all([load(), load()])).toEqual([1, 1]);
    expect(await load()).toBe(1);
  });

  it('tries again after a failure', async () => {
    let calls = 0;
    const load = lazy(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return 'tables';
    });
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe('tables');
  });
});
