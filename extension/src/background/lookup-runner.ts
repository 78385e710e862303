import type {CompanyClient} from '@ti-toolkit/core/company-api';
import {
  identifierFor,
  type LookupRecord,
  type TabState,
} from '../shared/tab-state.ts';
import {isSettled} from './lookup-freshness.ts';

/** Where lookups and tab states live (storage.session in the worker; memory in tests). */
export interface LookupStore {
  readLookup(identifier: string): Promise<LookupRecord | undefined>;
  writeLookup(record: LookupRecord): Promise<void>;
  readAll(): Promise<{
    tabs: Map<number, TabState>;
    lookups: Map<string, LookupRecord>;
  }>;
}

export interface LookupRunnerDeps {
  store: LookupStore;
  client: CompanyClient;
  /** Makes sure a stopped worker starts again soon to finish a pending lookup (an alarm in the worker). */
  wakeLater(): Promise<void>;
  now?: () => number;
}

export interface LookupRunner {
  /** Looks an identifier up unless a recent answer exists (or `force`); `onDone` runs after a new answer. */
  lookUp(
    identifier: string,
    options?: {force?: boolean; onDone?: () => void}
  ): Promise<void>;
  /** Finishes what a stopped worker left undone; returns when every resumed lookup has ended. */
  resume(onDone: (identifier: string) => void): Promise<void>;
}

/**
 * Lookups that survive the worker being stopped between any two steps. The steps: write "pending", arrange a
 * wake-up, ask the API (through its cache), write "done". A worker stopped before the first leaves a tab whose
 * chosen company has no record; stopped after it, a "pending" record: `resume` (run at every worker start)
 * looks both up again. Nothing is lost: the cache keeps what the API already answered.
 */
export function createLookupRunner(deps: LookupRunnerDeps): LookupRunner {
  const {store, client, wakeLater, now = Date.now} = deps;
  /** The lookups this worker is running; true once one asked the API anew. */
  const running = new Map<string, Promise<boolean>>();

  const run = async (identifier: string): Promise<LookupRecord> => {
    await store.writeLookup({identifier, status: 'pending', startedAt: now()});
    await wakeLater();
    const result = await client.lookup(identifier);
    const record: LookupRecord = {
      identifier,
      status: 'done',
      result,
      finishedAt: now(),
    };
    await store.writeLookup(record);
    return record;
  };

  const lookUp: LookupRunner['lookUp'] = async (
    identifier,
    {force = false, onDone} = {}
  ) => {
    const existing = running.get(identifier);
    if (existing) return void (await existing);
    // Registered before the first await: a second report arriving meanwhile joins this one.
    const work = (async () => {
      if (!force && isSettled(await store.readLookup(identifier), now()))
        return false;
      await run(identifier);
      return true;
    })().finally(() => running.delete(identifier));
    running.set(identifier, work);
    if (await work) onDone?.();
  };

  const resume: LookupRunner['resume'] = async (onDone) => {
    const {tabs, lookups} = await store.readAll();
    const due = new Set<string>();
    for (const record of lookups.values())
      if (record.status === 'pending') due.add(record.identifier);
    for (const tab of tabs.values()) {
      const identifier = identifierFor(tab);
      if (identifier !== null && !lookups.has(identifier)) due.add(identifier);
    }
    await Promise.all(
      [...due]
        .filter((identifier) => !running.has(identifier))
        .map((identifier) =>
          lookUp(identifier, {force: true, onDone: () => onDone(identifier)})
        )
    );
  };

  return {lookUp, resume};
}
