import type {FakeServer} from '@ti-toolkit/core/company-api/testing';
import type {Page} from 'playwright-core';
import type {TabState} from '../src/shared/tab-state.ts';
import {beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {useExtensionSuite} from './extension-suite.ts';
import {PUBLISHER, REGISTRY_SUBJECT, SPA_SECOND} from './fake-companies.ts';
import type {FixtureServer} from './fixture-server.ts';
import type {LoadedExtension} from './launch-extension.ts';
import {waitFor} from './wait-for.ts';
import {tabIdOf, tabState} from './worker-state.ts';

// What the content script reads of a page, as the worker receives it (fixtures/page-reading/README.md, issue 13).

const suite = useExtensionSuite(
  new URL('./fixtures/page-reading/', import.meta.url)
);
let api: FakeServer;
let pages: FixtureServer;
let extension: LoadedExtension;
beforeAll(() => void ({api, pages, extension} = suite));
beforeEach(() => recordReports());

interface Report {
  tabId: number | undefined;
  url: string;
  sirens: string[];
}

/**
 * Keeps every report the worker receives, beside the worker's own listener (which answers; this one does not):
 * the tab's state holds only the last one.
 */
async function recordReports(): Promise<void> {
  await (
    await extension.worker()
  ).evaluate(() => {
    const world = globalThis as unknown as {tiPageReports?: Report[]};
    if (world.tiPageReports) {
      world.tiPageReports.length = 0;
      return;
    }
    world.tiPageReports = [];
    chrome.runtime.onMessage.addListener((message: unknown, sender) => {
      const {type, payload} = (message ?? {}) as {
        type?: string;
        payload?: {url: string; companies: {siren: string}[]};
      };
      if (type === 'page-companies' && payload)
        world.tiPageReports!.push({
          tabId: sender.tab?.id,
          url: payload.url,
          sirens: payload.companies.map((company) => company.siren),
        });
    });
  });
}

async function reportsOf(tabId: number): Promise<Report[]> {
  return (await extension.worker()).evaluate(
    (id) =>
      (globalThis as unknown as {tiPageReports: Report[]}).tiPageReports.filter(
        (report) => report.tabId === id
      ),
    tabId
  );
}

async function visit(page: string): Promise<{tab: Page; tabId: number}> {
  const tab = await suite.newPage();
  await tab.goto(pages.url(page));
  return {tab, tabId: await tabIdOf(extension, tab)};
}

/** The tab's state once its companies satisfy `accept`. */
async function companiesOf(
  tabId: number,
  accept: (sirens: string[]) => boolean,
  what: string
): Promise<TabState> {
  const state = await waitFor(
    () => tabState(extension, tabId),
    (found) =>
      found !== undefined && accept(found.companies.map((c) => c.siren)),
    {what}
  );
  return state!;
}

const lookedUp = () => api.requests.map((r) => r.url.searchParams.get('q'));

describe('reading pages as the adviser sees them', {timeout: 60_000}, () => {
  for (const how of ['replaceWith', 'replaceChild']) {
    it(`a page that replaces its body (${how}) and pushes an address: the new body is read, and its later changes`, async () => {
      const {tab, tabId} = await visit(`body-swap.html?how=${how}`);
      await companiesOf(
        tabId,
        (sirens) => sirens.includes(PUBLISHER.siren),
        'the first page'
      );
      await tab.evaluate(() =>
        (window as unknown as {visitNext(): void}).visitNext()
      );
      const state = await companiesOf(
        tabId,
        (sirens) => sirens.includes(SPA_SECOND.siren),
        "the new body's company"
      );
      expect(state.url).toContain('page=usinage');
      expect(state.companies.map((c) => c.siren)).toEqual([SPA_SECOND.siren]);
      const atNewAddress = (await reportsOf(tabId)).filter((report) =>
        report.url.includes('page=usinage')
      );
      for (const report of atNewAddress)
        expect(report.sirens).not.toContain(PUBLISHER.siren);
    });
  }

  it('a SIREN written over two inline elements with no gap is found', async () => {
    const {tabId} = await visit('split-digits.html');
    await companiesOf(
      tabId,
      (sirens) => sirens.includes(REGISTRY_SUBJECT.siren),
      'the split SIREN'
    );
  });

  it("a company named in a web component's shadow root is found", async () => {
    const {tabId} = await visit('shadow-root.html');
    await companiesOf(
      tabId,
      (sirens) => sirens.includes(REGISTRY_SUBJECT.siren),
      'the SIREN in the shadow root'
    );
  });

  it('a publisher the page does not show is not chosen, and nothing is looked up', async () => {
    const {tabId} = await visit('hidden-publisher.html');
    const state = await companiesOf(
      tabId,
      (sirens) => sirens.includes(PUBLISHER.siren),
      'the hidden publisher in the text'
    );
    expect(state.chosen).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lookedUp()).toEqual([]);
  });

  it('a publisher whose digits are shown in another order is not chosen, and nothing is looked up', async () => {
    const {tabId} = await visit('reversed-publisher.html');
    const state = await companiesOf(
      tabId,
      (sirens) => sirens.includes(PUBLISHER.siren),
      'the reversed publisher in the text'
    );
    expect(state.chosen).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lookedUp()).toEqual([]);
  });

  it('a SIRET typed key by key in an editable region is never reported nor looked up', async () => {
    const {tab, tabId} = await visit('typing.html');
    await companiesOf(tabId, () => true, 'the first report');
    await tab.evaluate(() =>
      (window as unknown as {typeSiret(): Promise<void>}).typeSiret()
    );
    // Past the watch's throttle and a pause in the typing.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    for (const report of await reportsOf(tabId))
      expect(report.sirens).toEqual([]);
    expect(lookedUp()).toEqual([]);
  });
});
