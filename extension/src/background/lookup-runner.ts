import type {CompanyClient} from '@ti-toolkit/core/company-api';
import {
  identifierFor,
  type LookupRecord,
  type TabState,
} from '../shared/tab-state.ts';
import {isSettled} from './lookup-freshness.ts';
import type {LookupIndex} from './lookup-index.ts';

/** Where lookups and tab states live (storage.session in the worker; memory in tests). */
export interface LookupStore {
  readLookup(identifier: string): Promise<LookupRecord | undefined>;
  /** Rejects when storage refuses the record (full even after pruning). */
  writeLookup(record: LookupRecord): Promise<void>;
  forgetLookup(identifier: string): Promise<void>;
  /** Which records are stored and which are pending, without reading them. */
  readLookupIndex(): Promise<LookupIndex | undefined>;
  readOpenTabs(): Promise<Map<number, TabState>>;
}

/** A recent answer already stood; a new one is stored; or storage refused to keep it. */
type LookupOutcome = 'settled' | 'answered' | 'unsaved';

/** What a lookup's caller is told once it ends: a new answer is stored, or storage refused it. */
export interface LookupCallbacks {
  onDone?: () => void;
  onUnsaved?: () => void;
}

export interface LookupRunnerDeps {
  store: LookupStore;
  client: CompanyClient;
  /** Makes sure a stopped worker starts again soon to finish a pending lookup (an alarm in the worker). */
  wakeLater(): Promise<void>;
  now?: () => number;
}

export interface LookupRunner {
  /**
   * Looks an identifier up unless a recent answer exists (or `force`); `onDone` runs after a new answer,
   * `onUnsaved` when storage refused to keep it (no "pending" record is then left behind).
   */
  lookUp(
    identifier: string,
    options?: {force?: boolean} & LookupCallbacks
  ): Promise<void>;
  /** Finishes what a stopped worker left undone; returns when every resumed lookup has ended. */
  resume(callbacks: {
    onDone(identifier: string): void;
    onUnsaved(identifier: string): void;
  }): Promise<void>;
}

/**
 * Lookups that survive the worker being stopped between any two steps. The steps: write "pending", arrange a
 * wake-up, ask the API (through its cache), write "done". A worker stopped before the first leaves a tab whose
 * chosen company has no record; stopped after it, a "pending" record: `resume` (run at every worker start)
 * looks both up again. Nothing is lost: the cache keeps what the API already answered.
 */
export function createLookupRunner(deps: LookupRunnerDeps): LookupRunner {
  const {store, client, wakeLater, now = Date.now} = deps;
  /** The lookups this worker is running, and how each ended. */
  const running = new Map<string, Promise<LookupOutcome>>();

  const run = async (identifier: string): Promise<void> => {
    await store.writeLookup({identifier, status: 'pending', startedAt: now()});
    try {
      await wakeLater();
      const result = await client.lookup(identifier);
      // The answer is now in the client's cache: a retry costs no request.
      await store.writeLookup({
        identifier,
        status: 'done',
        result,
        finishedAt: now(),
      });
    } catch (error) {
      // No "pending" may outlive its lookup: the badge would say "…" for ever.
      await store.forgetLookup(identifier).catch(() => undefined);
      throw error;
    }
  };

  const lookUp: LookupRunner['lookUp'] = async (
    identifier,
    {force = false, onDone, onUnsaved} = {}
  ) => {
    const existing = running.get(identifier);
    if (existing) return void (await existing);
    // Registered before the first await: a second report arriving meanwhile joins this one.
    const work = (async (): Promise<LookupOutcome> => {
      if (!force && isSettled(await store.readLookup(identifier), now()))
        return 'settled';
      try {
        await run(identifier);
        return 'answered';
      } catch {
        return 'unsaved';
      }
    })().finally(() => running.delete(identifier));
    running.set(identifier, work);
    const outcome = await work;
    if (outcome === 'answered') onDone?.();
    if (outcome === 'unsaved') onUnsaved?.();
  };

  const resume: LookupRunner['resume'] = async ({onDone, onUnsaved}) => {
    const [index = {}, tabs] = await Promise.all([
      store.readLookupIndex(),
      store.readOpenTabs(),
    ]);
    const due = new Set<string>();
    for (const [identifier, entry] of Object.entries(index))
      if (entry.pending) due.add(identifier);
    for (const tab of tabs.values()) {
      const identifier = identifierFor(tab);
      if (identifier !== null && !Object.hasOwn(index, identifier))
        due.add(identifier);
    }
    await Promise.all(
      [...due]
        .filter((identifier) => !running.has(identifier))
        .map((identifier) =>
          lookUp(identifier, {
            force: true,
            onDone: () => onDone(identifier),
            onUnsaved: () => onUnsaved(identifier),
          })
        )
    );
  };

  return {lookUp, resume};
}
