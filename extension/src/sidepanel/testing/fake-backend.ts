// Test double of the panel's backend: state held in maps, messages recorded, changes notified like storage does.
import type {MessageMap} from '../../messages/message-map.ts';
import type {LookupRecord, TabState} from '../../shared/tab-state.ts';
import type {PanelBackend, PanelMessage} from '../panel-backend.ts';

export interface SentMessage {
  type: PanelMessage;
  payload: unknown;
}

export class FakeBackend implements PanelBackend {
  tabId: number | null = 7;
  readonly tabs = new Map<number, TabState>();
  readonly lookups = new Map<string, LookupRecord>();
  readonly sent: SentMessage[] = [];
  readonly copied: string[] = [];
  answers: Partial<{[K in PanelMessage]: MessageMap[K]['answer']}> = {};
  clipboardWorks = true;
  optionsOpened = 0;
  private readonly listeners = new Set<() => void>();

  async currentTabId() {
    return this.tabId;
  }
  async readTab(tabId: number) {
    return this.tabs.get(tabId) ?? null;
  }
  async readLookup(identifier: string) {
    return this.lookups.get(identifier) ?? null;
  }
  subscribe(onChange: () => void) {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }
  async send<K extends PanelMessage>(
    type: K,
    payload: MessageMap[K]['payload']
  ): Promise<MessageMap[K]['answer']> {
    this.sent.push({type, payload});
    return (this.answers[type] ?? {ok: true}) as MessageMap[K]['answer'];
  }
  async openOptions() {
    this.optionsOpened++;
  }
  async copyText(text: string) {
    if (!this.clipboardWorks) throw new Error('denied');
    this.copied.push(text);
  }

  /** Changes the state and tells the panel, as a storage.session write would. */
  change(edit: (backend: this) => void): void {
    edit(this);
    for (const listener of this.listeners) listener();
  }
}
