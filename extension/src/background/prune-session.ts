import {identifierFor} from '../shared/tab-state.ts';
import {
  LOOKUP_INDEX_KEY,
  MAX_RECENT_LOOKUPS,
  planPrune,
} from './lookup-index.ts';
import {
  exclusive,
  readLookupIndex,
  readOpenTabs,
  session,
  storedKeys,
} from './session-area.ts';

export interface PruneOptions {
  /** Unused lookups to keep; 0 after a refused write, to free all that can be. */
  keep?: number;
  /** Check the keys even when the index is within the bound (after a refused write). */
  sweep?: boolean;
}

/**
 * Removes the lookups that no open tab uses beyond the most recent ones, and what the index does not know
 * (the keys are checked against it: see planPrune). Cheap when nothing is due: one read of the index.
 * Callers hold the write lock (exclusive).
 */
export async function pruneLocked({
  keep = MAX_RECENT_LOOKUPS,
  sweep = false,
}: PruneOptions = {}): Promise<void> {
  const index = await readLookupIndex();
  if (!sweep && index !== undefined && Object.keys(index).length <= keep)
    return;
  const [keys, tabs] = await Promise.all([storedKeys(), readOpenTabs()]);
  const inUse = new Set(
    [...tabs.values()].flatMap((tab) => identifierFor(tab) ?? [])
  );
  const plan = planPrune({
    index: index ?? {},
    keys,
    openTabIds: new Set(tabs.keys()),
    inUse,
    keep,
  });
  if (plan.forget.length > 0) await session.remove(plan.forget);
  // Best effort: an index that lists a removed record only costs a later sweep.
  await session.set({[LOOKUP_INDEX_KEY]: plan.index}).catch(() => undefined);
}

/** Prunes storage.session after a tab closed or navigated (see pruneLocked). */
export const pruneSession = (options?: PruneOptions): Promise<void> =>
  exclusive(() => pruneLocked(options));
