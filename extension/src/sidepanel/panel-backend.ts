import type {MessageMap} from '../messages/message-map.ts';
import type {LookupRecord, TabState} from '../shared/tab-state.ts';

/** The messages the panel sends to the worker (the content script's report is not one of them). */
export type PanelMessage = 'scan-tab' | 'choose-company' | 'look-up' | 'retry';

/**
 * Everything the panel needs from the browser, behind one interface: main.ts passes the extension's APIs,
 * tests pass a fake. The panel keeps no copy of the worker's state: it reads it again on every change.
 */
export interface PanelBackend {
  /** The tab the panel is about: the one pinned by `?tabId=`, else the active tab of its window; null if none. */
  currentTabId(): Promise<number | null>;
  readTab(tabId: number): Promise<TabState | null>;
  readLookup(identifier: string): Promise<LookupRecord | null>;
  /**
   * Calls `onChange` whenever what the panel shows may have changed: another tab activated, the tab navigated,
   * the worker wrote a tab state or a lookup record. Returns the function that stops the calls.
   */
  subscribe(onChange: () => void): () => void;
  send<K extends PanelMessage>(
    type: K,
    payload: MessageMap[K]['payload']
  ): Promise<MessageMap[K]['answer']>;
  /** Opens the options page (for granting a site that could not be scanned). */
  openOptions(): Promise<void>;
  /** Rejects when the clipboard refuses (no focus, no permission): the panel then shows the text to copy. */
  copyText(text: string): Promise<void>;
}
