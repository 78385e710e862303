import type {Now} from './clock.ts';
import type {Company} from './company.ts';
import {NOT_FOUND, type LookupResult} from './failures.ts';
import {idText, type CompanyId} from './identifier.ts';

/** What is worth remembering: a company, or the fact that there is none to show. */
export type CachedAnswer =
  {readonly found: true; readonly company: Company} | {readonly found: false};

/** Plain JSON, so that `chrome.storage`, IndexedDB or localStorage can hold it across restarts. */
export interface CacheEntry {
  /** Milliseconds since the epoch. */
  readonly storedAt: number;
  readonly answer: CachedAnswer;
}

/** Where entries live. A store may lose entries at any time; the client then asks the API again. */
export interface CacheStore {
  get(key: string): Promise<CacheEntry | undefined>;
  set(key: string, entry: CacheEntry): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface CacheTtl {
  readonly foundMs: number;
  /** Shorter: a company just registered, or whose data just became public, should show up soon. */
  readonly notFoundMs: number;
}

const HOUR = 60 * 60 * 1000;
export const DEFAULT_CACHE_TTL: CacheTtl = {
  foundMs: 24 * HOUR,
  notFoundMs: HOUR,
};

// Bump the version when Company changes shape, so that persistent stores do not serve old entries.
const KEY_PREFIX = 'ti-company-api/v1/';

/** One key per normalised identifier: a SIRET entry also holds its establishment, so it is not a SIREN entry. */
export const cacheKey = (id: CompanyId): string =>
  `${KEY_PREFIX}${id.kind}/${idText(id)}`;

/**
 * The default store: in memory, least recently used out first. Entries are kept as JSON text, like
 * a persistent store would, so that callers mutating a returned company cannot change the cache.
 */
export function createMemoryStore({
  maxEntries = 1000,
}: {maxEntries?: number} = {}): CacheStore {
  const entries = new Map<string, string>();
  return {
    async get(key) {
      const text = entries.get(key);
      if (text === undefined) return undefined;
      entries.delete(key);
      entries.set(key, text);
      return JSON.parse(text) as CacheEntry;
    },
    async set(key, entry) {
      entries.delete(key);
      entries.set(key, JSON.stringify(entry));
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}

/** Fresh while younger than its TTL; an entry from the future (clock changed) is not trusted. */
export function isFresh(
  entry: CacheEntry,
  now: number,
  ttl: CacheTtl
): boolean {
  const age = now - entry.storedAt;
  return age >= 0 && age < (entry.answer.found ? ttl.foundMs : ttl.notFoundMs);
}

export interface CompanyCache {
  /** A fresh cached result, or undefined (missing, stale, unreadable or store failing). */
  read(key: string): Promise<LookupResult | undefined>;
  /** Remembers a company or a not-found; ignores every other failure (they are worth retrying). */
  write(key: string, result: LookupResult): Promise<void>;
}

/** The TTL logic over a store. A failing store only costs requests: it never fails a lookup. */
export function createCompanyCache(
  store: CacheStore,
  ttl: CacheTtl,
  now: Now
): CompanyCache {
  return {
    async read(key) {
      try {
        const entry = await store.get(key);
        if (entry === undefined) return undefined;
        if (!isCacheEntry(entry) || !isFresh(entry, now(), ttl)) {
          await store.delete(key);
          return undefined;
        }
        return entry.answer.found
          ? {ok: true, value: entry.answer.company}
          : NOT_FOUND;
      } catch {
        return undefined;
      }
    },
    async write(key, result) {
      const answer: CachedAnswer | undefined = result.ok
        ? {found: true, company: result.value}
        : result.reason === 'not-found'
          ? {found: false}
          : undefined;
      if (answer === undefined) return;
      try {
        await store.set(key, {storedAt: now(), answer});
      } catch {
        // A full or broken store: the answer is still good for this lookup.
      }
    },
  };
}

/** Persistent stores hand back whatever was saved, possibly by another version or by hand. */
function isCacheEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const {storedAt, answer} = value as {
    storedAt?: unknown;
    answer?: {found?: unknown; company?: unknown};
  };
  if (
    typeof storedAt !== 'number' ||
    typeof answer !== 'object' ||
    answer === null
  )
    return false;
  if (answer.found === false) return true;
  const company = answer.company as {siren?: unknown} | null | undefined;
  return answer.found === true && typeof company?.siren === 'string';
}
