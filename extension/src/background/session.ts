import browser from 'webextension-polyfill';
import {
  lookupKey,
  tabKey,
  type LookupRecord,
  type TabState,
} from '../shared/tab-state.ts';

// The worker keeps nothing in memory that it cannot rebuild: every state lives in storage.session, which
// outlives the worker (stopped after 30 s idle, or at any time) and is cleared when the browser closes.
const session = browser.storage.session;

export async function readTab(tabId: number): Promise<TabState | undefined> {
  const stored = await session.get(tabKey(tabId));
  return stored[tabKey(tabId)] as TabState | undefined;
}

export async function writeTab(tabId: number, state: TabState): Promise<void> {
  await session.set({[tabKey(tabId)]: state});
}

export async function forgetTab(tabId: number): Promise<void> {
  await session.remove(tabKey(tabId));
}

export async function readLookup(
  identifier: string
): Promise<LookupRecord | undefined> {
  const stored = await session.get(lookupKey(identifier));
  return stored[lookupKey(identifier)] as LookupRecord | undefined;
}

export async function writeLookup(record: LookupRecord): Promise<void> {
  await session.set({[lookupKey(record.identifier)]: record});
}

/** Every tab state and lookup record, by tab id and by identifier. */
export async function readAll(): Promise<{
  tabs: Map<number, TabState>;
  lookups: Map<string, LookupRecord>;
}> {
  const all = await session.get(null);
  const tabs = new Map<number, TabState>();
  const lookups = new Map<string, LookupRecord>();
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith('tab:'))
      tabs.set(Number(key.slice(4)), value as TabState);
    else if (key.startsWith('lookup:'))
      lookups.set(key.slice(7), value as LookupRecord);
  }
  return {tabs, lookups};
}
