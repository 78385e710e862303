import {
  LOOKUP_PREFIX,
  TAB_PREFIX,
  lookupKey,
  type LookupRecord,
} from '../shared/tab-state.ts';

/** The key of the index in storage.session. */
export const LOOKUP_INDEX_KEY = 'lookup-index';

/**
 * How many lookups that no open tab uses stay stored (a tab reopened, the panel's last searches). Without a
 * bound, a day of browsing filled storage.session's 10 MB (about 4,700 records) and every write then failed.
 */
export const MAX_RECENT_LOOKUPS = 200;

/**
 * One entry per stored lookup record: when it was written, and whether it is still pending. The worker reads
 * this one small key instead of every record (reading 500 records took 109 ms, 4,000 took 674 ms).
 */
export type LookupIndex = Record<string, LookupIndexEntry>;

export interface LookupIndexEntry {
  at: number;
  pending: boolean;
}

export const indexEntry = (record: LookupRecord): LookupIndexEntry =>
  record.status === 'pending'
    ? {at: record.startedAt, pending: true}
    : {at: record.finishedAt, pending: false};

export interface PruneInput {
  index: LookupIndex;
  /**
   * Every key of storage.session: records the index does not list (seeded, or an entry the index lost) count
   * as the oldest, index entries without a record go, and so do the states of closed tabs.
   */
  keys: readonly string[];
  openTabIds: ReadonlySet<number>;
  /** The lookups the open tabs' chosen companies use: never pruned. */
  inUse: ReadonlySet<string>;
  /** How many unused lookups to keep, the most recent first. */
  keep: number;
}

export interface PrunePlan {
  /** The keys to remove. */
  forget: string[];
  /** The index once they are gone. */
  index: LookupIndex;
}

/** What to remove so that storage.session holds the open tabs' lookups and the recent ones, and nothing else. */
export function planPrune(input: PruneInput): PrunePlan {
  const {index, keys, openTabIds, inUse, keep} = input;
  const forget: string[] = [];
  const stored = new Set<string>();
  for (const key of keys)
    if (key.startsWith(LOOKUP_PREFIX))
      stored.add(key.slice(LOOKUP_PREFIX.length));
    else if (
      key.startsWith(TAB_PREFIX) &&
      !openTabIds.has(Number(key.slice(TAB_PREFIX.length)))
    )
      forget.push(key);
  const entries = [
    ...Object.entries(index).filter(([identifier]) => stored.has(identifier)),
    ...[...stored]
      .filter((identifier) => !Object.hasOwn(index, identifier))
      .map((identifier): [string, LookupIndexEntry] => [
        identifier,
        {at: 0, pending: false},
      ]),
  ];
  const dropped = new Set(
    entries
      .filter(([identifier]) => !inUse.has(identifier))
      .sort(([, a], [, b]) => b.at - a.at)
      .slice(keep)
      .map(([identifier]) => identifier)
  );
  for (const identifier of dropped) forget.push(lookupKey(identifier));
  return {
    forget,
    index: Object.fromEntries(
      entries.filter(([identifier]) => !dropped.has(identifier))
    ),
  };
}
