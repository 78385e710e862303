// Which company the verdict is about, on the kinds of page testers found wrong (issue 13): a notice naming
// only its host, the WordPress template whose sentence mentions "réalisation", hidden text before the visible
// notice, a number displayed reversed, invisible characters and fullwidth digits, and an address too long for a
// message.
import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {useExtensionSuite} from './extension-suite.ts';
import {HOST, PUBLISHER} from './fake-companies.ts';
import type {FixtureServer} from './fixture-server.ts';
import type {LoadedExtension} from './launch-extension.ts';
import {waitFor} from './wait-for.ts';
import {tabIdOf, tabState, waitForBadge} from './worker-state.ts';

const suite = useExtensionSuite(
  new URL('./fixtures/page-choice/', import.meta.url)
);
let pages: FixtureServer;
let extension: LoadedExtension;
beforeAll(() => void ({pages, extension} = suite));

async function visit(url: string): Promise<{tab: Page; tabId: number}> {
  const tab = await suite.newPage();
  await tab.goto(url);
  return {tab, tabId: await tabIdOf(extension, tab)};
}

/** The tab's state once the page has been reported. */
const reported = (tabId: number) =>
  waitFor(
    () => tabState(extension, tabId),
    (state) => state !== undefined && state.companies.length > 0,
    {what: 'the report of the page', timeout: 20_000}
  );

describe('the company the verdict is about', {timeout: 60_000}, () => {
  it('a notice naming only its host: no verdict about the host, and the panel is told why', async () => {
    const {tabId} = await visit(pages.url('only-host.html'));
    const state = await reported(tabId);
    expect(state!.companies.map((c) => [c.siren, c.role])).toEqual([
      [HOST.siren, 'host'],
    ]);
    expect(state!.chosen).toBeNull();
    expect(state!.choiceReason).toBe('only-host');
    // The count of companies to choose from, not a verdict.
    await waitForBadge(extension, tabId, '1');
  });

  it('the WordPress template: the owner is the publisher, chosen before its host', async () => {
    const {tabId} = await visit(pages.url('publisher-then-host.html'));
    const state = await reported(tabId);
    expect(state!.chosen).toEqual({
      siren: PUBLISHER.siren,
      address: 'establishment',
    });
    expect(state!.choiceReason).toBe('publisher');
    expect(
      state!.companies.find((c) => c.siren === PUBLISHER.siren)?.role
    ).toBe('publisher');
    await waitForBadge(extension, tabId, 'TI');
  });

  it('text the reader cannot see does not choose the company', async () => {
    const {tabId} = await visit(pages.url('hidden-before-visible.html'));
    const state = await reported(tabId);
    expect(state!.chosen?.siren).toBe(PUBLISHER.siren);
  });

  it('a number displayed reversed is a question, and its mirror image is never looked up', async () => {
    const {tabId} = await visit(pages.url('bidi-override.html'));
    const state = await reported(tabId);
    expect(state!.chosen).toBeNull();
    expect(state!.choiceReason).toBe('display-order');
    // The mirror image (the text's own digits) is never looked up. (A lookup of the previous test's company may
    // still land after the storage was emptied: only the mirror is checked.)
    const session = await (
      await extension.worker()
    ).evaluate(() => chrome.storage.session.get(null));
    expect(Object.keys(session)).not.toContain('lookup:023928237');
  });

  it('soft hyphens and zero-width characters inside a SIRET are read as the reader sees it', async () => {
    const {tabId} = await visit(pages.url('invisible-characters.html'));
    const state = await reported(tabId);
    expect(state!.chosen).toEqual({
      siren: PUBLISHER.siren,
      address: 'establishment',
    });
    await waitForBadge(extension, tabId, 'TI');
  });

  it('fullwidth digits are read as their digits', async () => {
    const {tabId} = await visit(pages.url('fullwidth-digits.html'));
    const state = await reported(tabId);
    expect(state!.chosen?.siren).toBe(PUBLISHER.siren);
  });

  it('a right-to-left override (U+202E) makes the number a question', async () => {
    const {tabId} = await visit(pages.url('right-to-left-override.html'));
    const state = await reported(tabId);
    expect(state!.chosen).toBeNull();
    expect(state!.choiceReason).toBe('display-order');
  });

  it('an address over 4,096 characters is trimmed, not dropped', async () => {
    const long = `${pages.url('publisher-then-host.html')}?utm=${'x'.repeat(5000)}#${'y'.repeat(200)}`;
    const {tabId} = await visit(long);
    const state = await reported(tabId);
    expect(state!.url.length).toBeLessThanOrEqual(2048);
    expect(state!.chosen?.siren).toBe(PUBLISHER.siren);
    await waitForBadge(extension, tabId, 'TI');
  });
});
