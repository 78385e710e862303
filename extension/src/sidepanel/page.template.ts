import {html, nothing} from 'lit';
import type {TabState} from '../shared/tab-state.ts';
import type {PanelTexts} from './adviser-panel.translations.ts';

/** What came of the "scan this page" button. */
export type ScanState = 'idle' | 'started' | 'failed';

export interface PageHandlers {
  scan(): void;
  openOptions(): void;
}

/** What the page gave so far, in one sentence; null when there are companies to show. */
export function pageMessage(
  t: PanelTexts,
  tabId: number | null,
  tab: TabState | null
): string | null {
  if (tabId === null) return t.noTab;
  if (tab === null) return t.notScanned;
  return tab.companies.length === 0 ? t.nothingFound : null;
}

/**
 * The tab's own state: not read yet or nothing found (pointing to the search), the notice for a selection
 * without an identifier, and the button that scans the page on request (with why it may fail).
 */
export function renderPage(
  t: PanelTexts,
  tabId: number | null,
  tab: TabState | null,
  scan: ScanState,
  on: PageHandlers
) {
  const message = pageMessage(t, tabId, tab);
  return html`${
    message
      ? html`<p class="ti-message" data-state="page">${message}</p>`
      : nothing
  }
  ${
    tab?.notice
      ? html`<p class="ti-message ti-notice" data-state="notice">
          ${t.selectionNotice(tab.notice.text)}
        </p>`
      : nothing
  }
  ${
    tabId === null
      ? nothing
      : html`<div class="ti-scan">
          <button type="button" @click=${on.scan}>${t.scan}</button>
          <p class="ti-feedback" role="status">
            ${scan === 'started' ? t.scanStarted : nothing}
            ${scan === 'failed' ? t.scanFailed : nothing}
          </p>
          ${
            scan === 'failed'
              ? html`<button
                  type="button"
                  class="ti-link"
                  @click=${on.openOptions}
                >
                  ${t.openOptions}
                </button>`
              : nothing
          }
        </div>`
  }`;
}
