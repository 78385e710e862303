import browser from 'webextension-polyfill';
import contentScript from '../content/content-script.ts?iife';

/**
 * Runs the content script on a tab the adviser asked for (a click on the toolbar button grants it through
 * activeTab; a site granted in the options page works too). On a page that already has the script, only
 * the rescan hook runs: it is defined in the content script's isolated world, not the page's.
 */
export async function scanTab(
  tabId: number
): Promise<{ok: boolean; error?: string}> {
  try {
    await browser.scripting.executeScript({
      target: {tabId},
      func: () => {
        const world = globalThis as {
          tiScanOnRequest?: boolean;
          tiRescan?: () => void;
        };
        world.tiScanOnRequest = true;
        world.tiRescan?.();
      },
    });
    await browser.scripting.executeScript({
      target: {tabId},
      files: [contentScript],
    });
    return {ok: true};
  } catch (error) {
    // No access to this page (not clicked, not granted) or a page no extension may touch (the store, about:).
    return {
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
