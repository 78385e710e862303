import {
  lookupKey,
  tabKey,
  type LookupRecord,
  type TabState,
} from '../shared/tab-state.ts';
import {
  indexEntry,
  LOOKUP_INDEX_KEY,
  MAX_RECENT_LOOKUPS,
  type LookupIndex,
} from './lookup-index.ts';
import {pruneLocked} from './prune-session.ts';
import {exclusive, readLookupIndex, session} from './session-area.ts';

export {readLookupIndex, readOpenTabs} from './session-area.ts';

/** Lookups written between two prunes (a tab's navigation or closing) before a write prunes by itself. */
const PRUNE_SLACK = 50;

/**
 * Writes, and when storage refuses (its quota is 10 MB), frees all it can and tries once more, with `items`
 * built again after the pruning. A second refusal rejects, and the caller shows it on the badge.
 */
async function setOrMakeRoom(
  items: (afterPruning: boolean) => Promise<Record<string, unknown>>
): Promise<void> {
  try {
    await session.set(await items(false));
  } catch {
    await pruneLocked({keep: 0, sweep: true});
    await session.set(await items(true));
  }
}

export async function readTab(tabId: number): Promise<TabState | undefined> {
  const stored = await session.get(tabKey(tabId));
  return stored[tabKey(tabId)] as TabState | undefined;
}

/** Rejects when storage refuses the state even after pruning. */
export const writeTab = (tabId: number, state: TabState): Promise<void> =>
  exclusive(() => setOrMakeRoom(async () => ({[tabKey(tabId)]: state})));

export const forgetTab = (tabId: number): Promise<void> =>
  exclusive(() => session.remove(tabKey(tabId)));

export async function readLookup(
  identifier: string
): Promise<LookupRecord | undefined> {
  const stored = await session.get(lookupKey(identifier));
  return stored[lookupKey(identifier)] as LookupRecord | undefined;
}

/** The records of these identifiers, read by key (never every record: see lookup-index.ts). */
export async function readLookups(
  identifiers: readonly string[]
): Promise<Map<string, LookupRecord>> {
  if (identifiers.length === 0) return new Map();
  const stored = await session.get(identifiers.map(lookupKey));
  return new Map(
    identifiers.flatMap((identifier): [string, LookupRecord][] => {
      const record = stored[lookupKey(identifier)] as LookupRecord | undefined;
      return record === undefined ? [] : [[identifier, record]];
    })
  );
}

/**
 * Stores a record with its index entry in one write. The first write after an older version (no index yet)
 * sweeps what it left; past the bound, the write prunes. Rejects when storage refuses even after pruning.
 */
export const writeLookup = (record: LookupRecord): Promise<void> =>
  exclusive(async () => {
    let index = await readLookupIndex();
    if (index === undefined) {
      await pruneLocked();
      index = (await readLookupIndex()) ?? {};
    }
    const withRecord = (entries: LookupIndex = {}): LookupIndex => ({
      ...entries,
      [record.identifier]: indexEntry(record),
    });
    let next = withRecord(index);
    await setOrMakeRoom(async (afterPruning) => {
      if (afterPruning) next = withRecord(await readLookupIndex());
      return {[lookupKey(record.identifier)]: record, [LOOKUP_INDEX_KEY]: next};
    });
    if (Object.keys(next).length > MAX_RECENT_LOOKUPS + PRUNE_SLACK)
      await pruneLocked();
  });

/** Removes a record that could not be completed, so that no "pending" outlives its lookup. */
export const forgetLookup = (identifier: string): Promise<void> =>
  exclusive(async () => {
    await session.remove(lookupKey(identifier));
    const index = await readLookupIndex();
    if (index === undefined || !Object.hasOwn(index, identifier)) return;
    const rest = Object.fromEntries(
      Object.entries(index).filter(([stored]) => stored !== identifier)
    );
    await session.set({[LOOKUP_INDEX_KEY]: rest}).catch(() => undefined);
  });
