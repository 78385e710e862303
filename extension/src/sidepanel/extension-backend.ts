import browser, {type Storage, type Tabs} from 'webextension-polyfill';
import {sendMessage} from '../messages/send-message.ts';
import {
  lookupKey,
  tabKey,
  type LookupRecord,
  type TabState,
} from '../shared/tab-state.ts';
import type {PanelBackend} from './panel-backend.ts';

async function readSession<T>(key: string): Promise<T | null> {
  const stored = await browser.storage.session.get(key);
  return (stored[key] as T | undefined) ?? null;
}

/** The panel's backend over the extension APIs: storage.session (written by the worker), tabs and runtime. */
export function createExtensionBackend(
  pinnedTabId: number | null
): PanelBackend {
  return {
    async currentTabId() {
      if (pinnedTabId !== null) return pinnedTabId;
      const [tab] = await browser.tabs.query({
        active: true,
        currentWindow: true,
      });
      return tab?.id ?? null;
    },
    readTab: (tabId) => readSession<TabState>(tabKey(tabId)),
    readLookup: (identifier) =>
      readSession<LookupRecord>(lookupKey(identifier)),
    subscribe(onChange) {
      const onStorage = (_: unknown, area: string) => {
        if (area === 'session') onChange();
      };
      const onActivated = () => onChange();
      // Without the "tabs" permission the change carries no URL; a status change is enough to read again.
      const onUpdated = (_: number, change: Tabs.OnUpdatedChangeInfoType) => {
        if (change.status !== undefined) onChange();
      };
      browser.storage.onChanged.addListener(
        onStorage as (
          changes: Record<string, Storage.StorageChange>,
          area: string
        ) => void
      );
      browser.tabs.onUpdated.addListener(onUpdated);
      // A pinned panel never follows another tab.
      if (pinnedTabId === null)
        browser.tabs.onActivated.addListener(onActivated);
      return () => {
        browser.storage.onChanged.removeListener(onStorage);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.tabs.onActivated.removeListener(onActivated);
      };
    },
    send: (type, payload) => sendMessage(type, payload),
    openOptions: () => browser.runtime.openOptionsPage(),
    copyText: (text) => navigator.clipboard.writeText(text),
  };
}
