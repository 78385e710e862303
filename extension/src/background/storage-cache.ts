import type {CacheEntry, CacheStore} from '@ti-toolkit/core/company-api';
import type {Storage} from 'webextension-polyfill';

const PREFIX = 'cache:';
/** Enough for a day of an adviser's visits; each entry is about 1–2 kB. */
export const MAX_ENTRIES = 2000;

/**
 * The API client's cache in `storage.local`, so that answers outlive the worker and the browser session
 * (their freshness is the client's business: 24 h for a company, 1 h for "not found").
 * Storage may be full or refuse a write: the cache is best-effort, so a failed write evicts the oldest
 * entries and tries once more, and a second failure is dropped — a lookup never fails because of its cache.
 */
export function createStorageCache(
  area: Storage.StorageArea,
  maxEntries = MAX_ENTRIES
): CacheStore {
  return {
    async get(key) {
      const value: unknown = (await area.get(PREFIX + key))[PREFIX + key];
      return isEntry(value) ? value : undefined;
    },
    async set(key, entry) {
      try {
        await area.set({[PREFIX + key]: entry});
      } catch {
        await evictOldest(area, Math.max(1, Math.floor(maxEntries / 4)));
        await area.set({[PREFIX + key]: entry}).catch(() => undefined);
        return;
      }
      await trim(area, maxEntries);
    },
    async delete(key) {
      await area.remove(PREFIX + key);
    },
  };
}

// Storage is shared with other extension code and may hold anything after a version change: only a
// well-formed entry is given back to the client; anything else is a miss.
function isEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<CacheEntry>;
  return (
    typeof entry.storedAt === 'number' &&
    typeof entry.answer === 'object' &&
    entry.answer !== null &&
    typeof entry.answer.found === 'boolean'
  );
}

async function cacheEntries(
  area: Storage.StorageArea
): Promise<[string, number][]> {
  const all = await area.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([key, value]): [string, number] => [
      key,
      isEntry(value) ? value.storedAt : 0,
    ]);
}

async function evictOldest(
  area: Storage.StorageArea,
  count: number
): Promise<void> {
  const entries = await cacheEntries(area).catch(() => []);
  entries.sort((a, b) => a[1] - b[1]);
  const keys = entries.slice(0, count).map(([key]) => key);
  if (keys.length > 0) await area.remove(keys).catch(() => undefined);
}

// Reading every key on each write would cost more than it saves: trim only now and then.
let writesSinceTrim = 0;
async function trim(area: Storage.StorageArea, maxEntries: number) {
  writesSinceTrim += 1;
  if (writesSinceTrim < 50) return;
  writesSinceTrim = 0;
  const entries = await cacheEntries(area).catch(() => []);
  if (entries.length > maxEntries)
    await evictOldest(area, entries.length - maxEntries);
}
