import {expect} from '@open-wc/testing';
import type {CacheEntry} from '@ti-toolkit/core/company-api';
import type {Storage} from 'webextension-polyfill';
import {createStorageCache} from './storage-cache.ts';

/** A storage area with a quota counted in entries, as storage.local counts bytes: past it, a write fails. */
function fullableArea(quota: number) {
  const items = new Map<string, unknown>();
  let refuseAll = false;
  const area = {
    async get(key: string | null) {
      if (key === null) return Object.fromEntries(items);
      return items.has(key) ? {[key]: items.get(key)} : {};
    },
    async set(values: Record<string, unknown>) {
      const added = Object.keys(values).filter((key) => !items.has(key)).length;
      if (refuseAll || items.size + added > quota)
        throw new Error('QUOTA_BYTES quota exceeded');
      for (const [key, value] of Object.entries(values)) items.set(key, value);
    },
    async remove(keys: string | string[]) {
      for (const key of [keys].flat()) items.delete(key);
    },
  };
  return {
    area: area as unknown as Storage.StorageArea,
    items,
    refuse: () => (refuseAll = true),
  };
}

const entry = (storedAt: number): CacheEntry => ({
  storedAt,
  answer: {found: false},
});

describe('the API cache in storage.local', () => {
  it('gives back what it stored', async () => {
    const {area} = fullableArea(10);
    const cache = createStorageCache(area);
    await cache.set('a', entry(1));
    expect(await cache.get('a')).to.deep.equal(entry(1));
    await cache.delete('a');
    expect(await cache.get('a')).to.equal(undefined);
  });

  it('storage full: the oldest entries go, the new answer is kept, nothing throws', async () => {
    const {area, items} = fullableArea(8);
    const cache = createStorageCache(area, 8);
    for (let i = 0; i < 8; i++) await cache.set(`k${i}`, entry(i));
    await cache.set('new', entry(100));
    expect(await cache.get('new')).to.deep.equal(entry(100));
    expect(await cache.get('k0')).to.equal(undefined);
    expect(await cache.get('k7')).to.deep.equal(entry(7));
    expect(items.size).to.be.at.most(8);
  });

  it('storage refusing every write: the lookup goes on without its cache', async () => {
    const {area, refuse} = fullableArea(8);
    const cache = createStorageCache(area);
    refuse();
    await cache.set('a', entry(1));
    expect(await cache.get('a')).to.equal(undefined);
  });

  it('an entry spoiled in storage is a miss, not a crash', async () => {
    const {area, items} = fullableArea(10);
    const cache = createStorageCache(area);
    const spoiledValues = [
      null,
      'text',
      42,
      {storedAt: 'x'},
      {storedAt: 1},
      {storedAt: 1, answer: {}},
    ];
    for (const spoiled of spoiledValues) {
      items.set('cache:bad', spoiled);
      expect(await cache.get('bad'), JSON.stringify(spoiled)).to.equal(
        undefined
      );
    }
  });
});
