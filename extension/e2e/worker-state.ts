// Reads what the worker holds, through the worker itself (storage.session and the action badge are only
// reachable from extension code).
import type {Page} from 'playwright-core';
import type {TabState} from '../src/shared/tab-state.ts';
import type {LoadedExtension} from './launch-extension.ts';
import {waitFor} from './wait-for.ts';

/** The browser's id of a page's tab (the worker finds it by URL). */
export async function tabIdOf(
  ext: LoadedExtension,
  page: Page
): Promise<number> {
  const url = page.url();
  const id = await waitFor(
    async () =>
      (await ext.worker()).evaluate(
        async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
        url
      ),
    (found) => found !== undefined,
    {what: `the tab of ${url}`}
  );
  return id!;
}

export async function tabState(
  ext: LoadedExtension,
  tabId: number
): Promise<TabState | undefined> {
  return (await ext.worker()).evaluate(
    async (key) =>
      (await chrome.storage.session.get(key))[key] as TabState | undefined,
    `tab:${tabId}`
  );
}

export async function badgeOf(
  ext: LoadedExtension,
  tabId: number
): Promise<{text: string; title: string}> {
  return (await ext.worker()).evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({tabId: id}),
      title: await chrome.action.getTitle({tabId: id}),
    }),
    tabId
  );
}

/** Waits until the tab's badge shows `text`, and returns the badge. */
export async function waitForBadge(
  ext: LoadedExtension,
  tabId: number,
  text: string,
  timeout = 15_000
): Promise<{text: string; title: string}> {
  return waitFor(
    () => badgeOf(ext, tabId),
    (badge) => badge.text === text,
    {timeout, what: `the badge "${text}"`}
  );
}

/** Forgets every tab, lookup and cached answer: each test starts from a fresh install's storage. */
export async function clearStorage(ext: LoadedExtension): Promise<void> {
  await (
    await ext.worker()
  ).evaluate(() =>
    Promise.all([chrome.storage.session.clear(), chrome.storage.local.clear()])
  );
}

/**
 * Stops the extension's service worker as Chrome does when it is idle, through the DevTools protocol of one
 * of the extension's own pages (same origin as the worker). Chrome restarts it on the next event.
 */
export async function stopWorker(ext: LoadedExtension): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/src/options/index.html`);
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
}

/** Reads storage.session from an extension page: works while the worker is stopped, and does not wake it. */
export async function sessionFromPage(
  ext: LoadedExtension
): Promise<Record<string, unknown>> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/src/options/index.html`);
  const all = await page.evaluate(() => chrome.storage.session.get(null));
  await page.close();
  return all;
}

/** All tab ids the browser has now. */
export async function tabIds(ext: LoadedExtension): Promise<number[]> {
  return (await ext.worker()).evaluate(async () =>
    (await chrome.tabs.query({})).flatMap((t) =>
      t.id === undefined ? [] : [t.id]
    )
  );
}
