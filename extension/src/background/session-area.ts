import browser from 'webextension-polyfill';
import {tabKey, type TabState} from '../shared/tab-state.ts';
import {LOOKUP_INDEX_KEY, type LookupIndex} from './lookup-index.ts';

// The worker keeps nothing in memory that it cannot rebuild: every state lives in storage.session, which
// outlives the worker (stopped after 30 s idle, or at any time) and is cleared when the browser closes.
export const session = browser.storage.session;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the worker's writes to storage.session one at a time: a write reads the index then writes it back, and
 * two interleaved would lose an entry. Only their order lives here, never what they write.
 */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Undefined until the first lookup is stored (or after an older version, which kept no index). */
export async function readLookupIndex(): Promise<LookupIndex | undefined> {
  const stored = await session.get(LOOKUP_INDEX_KEY);
  return stored[LOOKUP_INDEX_KEY] as LookupIndex | undefined;
}

/** The states of the tabs open now, read by key: one read whatever else storage holds. */
export async function readOpenTabs(): Promise<Map<number, TabState>> {
  const ids = (await browser.tabs.query({})).flatMap((tab) =>
    tab.id === undefined ? [] : [tab.id]
  );
  if (ids.length === 0) return new Map();
  const stored = await session.get(ids.map(tabKey));
  return new Map(
    ids.flatMap((id): [number, TabState][] => {
      const state = stored[tabKey(id)] as TabState | undefined;
      return state === undefined ? [] : [[id, state]];
    })
  );
}

/** Every key of storage.session, without the values where the browser can (Chrome 130, Firefox 143). */
export async function storedKeys(): Promise<string[]> {
  const area = session as unknown as {getKeys?: () => Promise<string[]>};
  return typeof area.getKeys === 'function'
    ? area.getKeys()
    : Object.keys(await session.get(null));
}
