import browser from 'webextension-polyfill';

/**
 * Opens the side panel (Chrome) or the sidebar (Firefox). Both only open in answer to a user action, so this
 * must be called before any `await` in the click handler.
 */
export function openPanel(tabId: number | undefined): void {
  if (__TI_TARGET__ === 'firefox') {
    void browser.sidebarAction.open().catch(() => undefined);
  } else if (tabId !== undefined) {
    void chrome.sidePanel.open({tabId}).catch(() => undefined);
  }
}
