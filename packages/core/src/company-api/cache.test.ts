import {describe, expect, it} from 'vitest';
import {
  createCompanyCache,
  createMemoryStore,
  DEFAULT_CACHE_TTL,
  isFresh,
  type CacheEntry,
  type CacheStore,
} from './cache.ts';
import type {Company} from './company.ts';
import type {LookupResult} from './failures.ts';
import {createTestClock} from './test-clock.ts';

const HOUR = 3_600_000;

const company: Company = {
  siren: '732829320',
  name: 'TEST',
  state: 'active',
  activity: null,
  size: {category: null, headcount: null},
  headOffice: null,
  establishment: null,
};
const foundResult: LookupResult = {ok: true, value: company};
const notFound: LookupResult = {ok: false, reason: 'not-found'};

describe('createMemoryStore', () => {
  it('returns a copy, so that callers cannot change what is cached', async () => {
    const store = createMemoryStore();
    await store.set('k', {storedAt: 1, answer: {found: true, company}});
    const first = await store.get('k');
    (first as {storedAt: number}).storedAt = 99;
    expect(await store.get('k')).toEqual({
      storedAt: 1,
      answer: {found: true, company},
    });
  });

  it('forgets the least recently used entries past maxEntries', async () => {
    const store = createMemoryStore({maxEntries: 2});
    const entry: CacheEntry = {storedAt: 1, answer: {found: false}};
    await store.set('a', entry);
    await store.set('b', entry);
    await store.get('a');
    await store.set('c', entry);
    expect([
      await store.get('a'),
      await store.get('b'),
      await store.get('c'),
    ]).toEqual([entry, undefined, entry]);
  });

  it('deletes', async () => {
    const store = createMemoryStore();
    await store.set('a', {storedAt: 1, answer: {found: false}});
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
  });
});

describe('isFresh', () => {
  const found: CacheEntry = {storedAt: 0, answer: {found: true, company}};
  const missing: CacheEntry = {storedAt: 0, answer: {found: false}};

  it.each([
    [found, 0, true],
    [found, 24 * HOUR - 1, true],
    [found, 24 * HOUR, false],
    [missing, HOUR - 1, true],
    [missing, HOUR, false],
    [found, -1, false],
  ])('%j at %i ms -> %s', (entry, now, expected) => {
    expect(isFresh(entry, now, DEFAULT_CACHE_TTL)).toBe(expected);
  });
});

describe('createCompanyCache', () => {
  const setup = (store: CacheStore = createMemoryStore()) => {
    const clock = createTestClock();
    return {
      clock,
      store,
      cache: createCompanyCache(store, DEFAULT_CACHE_TTL, clock.now),
    };
  };

  it('keeps a company 24 h', async () => {
    const {clock, cache} = setup();
    await cache.write('k', foundResult);
    clock.advance(24 * HOUR - 1);
    expect(await cache.read('k')).toEqual(foundResult);
    clock.advance(1);
    expect(await cache.read('k')).toBeUndefined();
  });

  it('keeps a not-found 1 h', async () => {
    const {clock, cache} = setup();
    await cache.write('k', notFound);
    clock.advance(HOUR - 1);
    expect(await cache.read('k')).toEqual(notFound);
    clock.advance(1);
    expect(await cache.read('k')).toBeUndefined();
  });

  it.each<LookupResult>([
    {ok: false, reason: 'rate-limited', retryAfterMs: 1000, attempts: 4},
    {
      ok: false,
      reason: 'unavailable',
      cause: 'timeout',
      status: null,
      detail: '',
      attempts: 4,
    },
    {ok: false, reason: 'invalid-answer', problem: 'schema', detail: ''},
    {ok: false, reason: 'aborted'},
  ])('does not keep $reason', async (failure) => {
    const {cache, store} = setup();
    await cache.write('k', failure);
    expect(await store.get('k')).toBeUndefined();
  });

  it('drops stale and unreadable entries from the store', async () => {
    const {clock, cache, store} = setup();
    await store.set('old', {
      storedAt: clock.now() - 25 * HOUR,
      answer: {found: true, company},
    });
    await store.set('junk', {storedAt: 'yesterday'} as unknown as CacheEntry);
    expect(await cache.read('old')).toBeUndefined();
    expect(await cache.read('junk')).toBeUndefined();
    expect([await store.get('old'), await store.get('junk')]).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('treats a failing store as empty and never throws', async () => {
    const broken: CacheStore = {
      get: () => Promise.reject(new Error('quota')),
      set: () => Promise.reject(new Error('quota')),
      delete: () => Promise.reject(new Error('quota')),
    };
    const {cache} = setup(broken);
    await expect(cache.write('k', foundResult)).resolves.toBeUndefined();
    await expect(cache.read('k')).resolves.toBeUndefined();
  });
});
