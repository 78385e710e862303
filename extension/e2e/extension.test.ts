import {
  delayed,
  json,
  sequence,
  type FakeServer,
  type Reply,
} from '@ti-toolkit/core/company-api/testing';
import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {useExtensionSuite} from './extension-suite.ts';
import {
  AGENCY,
  fakeCompanies,
  HOST,
  PUBLISHER,
  REGISTRY_SUBJECT,
  SPA_SECOND,
} from './fake-companies.ts';
import type {FixtureServer} from './fixture-server.ts';
import type {LoadedExtension} from './launch-extension.ts';
import {
  badgeOf,
  sessionFromPage,
  stopWorker,
  tabIdOf,
  tabIds,
  tabState,
  waitForBadge,
} from './worker-state.ts';

const suite = useExtensionSuite();
let api: FakeServer;
let pages: FixtureServer;
let extension: LoadedExtension;
beforeAll(() => void ({api, pages, extension} = suite));

/** The panel page pinned to a tab, as Chrome's side panel shows it (the e2e opens it in a tab of its own). */
async function openPanel(tabId: number): Promise<Page> {
  const panel = await suite.newPage();
  await panel.goto(
    `chrome-extension://${extension.id}/src/sidepanel/index.html?tabId=${tabId}`
  );
  return panel;
}

async function visit(page: string): Promise<{tab: Page; tabId: number}> {
  const tab = await suite.newPage();
  await tab.goto(pages.url(page));
  return {tab, tabId: await tabIdOf(extension, tab)};
}

describe('the extension in Chromium', {timeout: 60_000}, () => {
  it('a legal notice: the publisher ranked first though named last, chosen, and its establishment judged', async () => {
    const {tabId} = await visit('legal-notice.html');
    // The page gave the workshop's SIRET: the establishment (Saint-Nom-la-Bretèche) is in Seine Aval.
    await waitForBadge(extension, tabId, 'TI');
    const state = await tabState(extension, tabId);
    expect(state?.companies.map((c) => [c.siren, c.role])).toEqual([
      [PUBLISHER.siren, 'publisher'],
      [HOST.siren, 'host'],
      [AGENCY.siren, 'maker'],
    ]);
    expect(state?.companies[0]?.siret).toBe(PUBLISHER.siret);
    expect(state?.chosen).toEqual({
      siren: PUBLISHER.siren,
      address: 'establishment',
    });
    expect(api.requests.map((r) => r.url.searchParams.get('q'))).toEqual([
      PUBLISHER.siret,
    ]);
  });

  it('several companies and no publisher: the badge counts them and nothing is looked up', async () => {
    const {tabId} = await visit('partners.html');
    await waitForBadge(extension, tabId, '3');
    expect((await tabState(extension, tabId))?.chosen).toBeNull();
    expect(api.requests).toHaveLength(0);
  });

  it('a registry-like page: its subject is looked up and the badge says it is in a territory', async () => {
    const {tabId} = await visit('registry-like.html');
    const badge = await waitForBadge(extension, tabId, 'TI');
    expect(badge.title).toContain('Seine Aval');
    const state = await tabState(extension, tabId);
    expect(state?.chosen?.siren).toBe(REGISTRY_SUBJECT.siren);
    expect(api.requests.map((r) => r.url.searchParams.get('q'))).toEqual([
      REGISTRY_SUBJECT.siren,
    ]);
  });

  it('a page without a company: the badge says nothing was found and no request leaves', async () => {
    const {tabId} = await visit('no-company.html');
    await waitForBadge(extension, tabId, '0');
    expect(api.requests).toHaveLength(0);
  });

  it('a single-page app: a new view is scanned again without a reload', async () => {
    const {tab, tabId} = await visit('spa/atelier');
    await waitForBadge(extension, tabId, 'non');
    await tab.click('#next');
    await waitForBadge(extension, tabId, 'TI');
    expect((await tabState(extension, tabId))?.chosen?.siren).toBe(
      SPA_SECOND.siren
    );
  });

  it('a hostile page: no script of ours runs its payloads, nothing throws, the company is still found', async () => {
    const errors: string[] = [];
    const tab = await suite.newPage();
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(pages.url('hostile.html'));
    const tabId = await tabIdOf(extension, tab);
    await waitForBadge(extension, tabId, 'TI');
    expect(await tab.evaluate(() => (window as {__xss?: number}).__xss)).toBe(
      0
    );
    expect(errors).toEqual([]);
  });

  it('the worker stopped in the middle of a lookup: the lookup is resumed and ends with a verdict', async () => {
    // The first request never gets its answer in time; a later one gets it after a second (long enough to
    // see the lookup still pending once the worker is gone).
    api.reply(
      sequence(delayed(30_000, fakeCompanies), delayed(1000, fakeCompanies))
    );
    const {tab, tabId} = await visit('registry-like.html');
    await api.received(1);
    await stopWorker(extension);
    const session = await sessionFromPage(extension);
    expect(session[`lookup:${REGISTRY_SUBJECT.siren}`]).toMatchObject({
      status: 'pending',
    });

    // Chrome restarts the worker on its next event (here the reload; an alarm does it within a minute).
    await tab.reload();
    await waitForBadge(extension, tabId, 'TI');
    const after = await sessionFromPage(extension);
    expect(after[`lookup:${REGISTRY_SUBJECT.siren}`]).toMatchObject({
      status: 'done',
      result: {ok: true},
    });
    // The lost request, then one resumed lookup: the reload's own report joins it instead of asking again.
    expect(api.requests).toHaveLength(2);
  });

  it('a storm of 429 answers: at most 3 retries, 2 requests at a time, and a clear "!" badge at the end', async () => {
    api.reply(json(429, {erreur: 'Trop de requêtes'}, {'retry-after': '1'}));
    const {tabId} = await visit('registry-like.html');
    const badge = await waitForBadge(extension, tabId, '!', 20_000);
    expect(badge.title).toMatch(/did not answer|n'a pas répondu/);
    expect(api.requests).toHaveLength(4);
    expect(api.maxConcurrent).toBeLessThanOrEqual(2);
    const state = await sessionFromPage(extension);
    expect(state[`lookup:${REGISTRY_SUBJECT.siren}`]).toMatchObject({
      status: 'done',
      result: {ok: false, reason: 'rate-limited'},
    });
  });

  it("the side panel: the verdict with its proof and the applicable aid for the page's company", async () => {
    const {tabId} = await visit('registry-like.html');
    await waitForBadge(extension, tabId, 'TI');
    const panel = await openPanel(tabId);
    const verdict = panel.getByRole('region', {name: 'Verdict'});
    await expect.poll(() => verdict.textContent()).toContain('Seine Aval');
    const card = verdict.locator('ti-territory-card');
    expect(await card.getAttribute('place')).toBe('insee:78571');
    const aid = panel.getByRole('region', {
      name: /Aides applicables|Applicable aid/,
    });
    const widget = aid.locator('ti-funding-widget[who="company"]');
    expect(await widget.getAttribute('place')).toBe('insee:78571');
    // The schemes listed for a company in a territory (the widget's shadow DOM is open).
    await expect
      .poll(() => widget.locator('[part~="result"]').count())
      .toBeGreaterThan(3);
  });

  it('the side panel: the adviser chooses among several companies, then between establishment and head office', async () => {
    const {tabId} = await visit('legal-notice.html');
    await waitForBadge(extension, tabId, 'TI');
    const panel = await openPanel(tabId);
    await panel.locator(`input[name="company"][value="${HOST.siren}"]`).check();
    await waitForBadge(extension, tabId, 'non');
    await panel
      .locator(`input[name="company"][value="${PUBLISHER.siren}"]`)
      .check();
    await waitForBadge(extension, tabId, 'TI');
    // The head office (Paris) is in no territory, the workshop is: the choice changes the verdict.
    await panel.locator('input[name="address"][value="head-office"]').check();
    await waitForBadge(extension, tabId, 'non');
    await expect
      .poll(() =>
        panel.locator('section.ti-verdict').getAttribute('data-status')
      )
      .toBe('not-in-territory');
    // The publisher's answer held both addresses: switching asked nothing more of the API.
    expect(api.requests.map((r) => r.url.searchParams.get('q'))).toEqual([
      PUBLISHER.siret,
      HOST.siren,
    ]);
  });

  it('offline: the lookup ends in a clear failure, and a commune typed in the panel still answers', async () => {
    api.reply((_request, response) => response.destroy());
    const {tabId} = await visit('registry-like.html');
    await waitForBadge(extension, tabId, '!', 30_000);
    const panel = await openPanel(tabId);
    await panel
      .locator('[data-state="failed"][data-reason="unavailable"]')
      .waitFor();
    await panel.locator('#ti-search-input').fill('Saint-Nom-la-Bretèche');
    await panel.locator('#ti-search-input').press('Enter');
    const card = panel.locator('.ti-place ti-territory-card');
    // Playwright's locators reach into the card's open shadow root.
    await card.getByText('Seine Aval').first().waitFor();
  });

  it('a site neither registry nor granted is not scanned, and a scan asked from the panel says why not', async () => {
    // Same fixture server, another host name: the test build scans 127.0.0.1 only. Without access to the
    // page the extension cannot read its tab's URL either: the new tab is found as the one that was not there.
    const before = new Set(await tabIds(extension));
    const tab = await suite.newPage();
    await tab.goto(
      pages.url('legal-notice.html').replace('127.0.0.1', 'localhost')
    );
    const tabId = (await tabIds(extension)).find((id) => !before.has(id))!;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await tabState(extension, tabId)).toBeUndefined();
    expect((await badgeOf(extension, tabId)).text).toBe('');

    const panel = await openPanel(tabId);
    await panel
      .getByRole('button', {name: /Analyser cette page|Scan this page/})
      .click();
    await panel
      .locator('.ti-scan')
      .getByText(/could not be read|n’a pas pu être lue/)
      .first()
      .waitFor();
    expect(await tabState(extension, tabId)).toBeUndefined();
    expect(api.requests).toHaveLength(0);
  });

  // Each broken answer ends in a clear state: the "!" badge, and the panel's reason with a retry button.
  const brokenAnswers: [string, Reply, string][] = [
    [
      'server errors (500), retried then given up',
      json(500, {erreur: 'interne'}),
      'unavailable',
    ],
    ['malformed JSON', json(200, '{"results": [ {"siren": '), 'invalid-answer'],
    [
      'an answer of the wrong shape',
      json(200, {results: 'x'}),
      'invalid-answer',
    ],
    [
      'an oversized answer (3 MB)',
      json(200, {results: [], padding: 'x'.repeat(3_000_000)}),
      'invalid-answer',
    ],
  ];
  for (const [title, reply, reason] of brokenAnswers)
    it(`the API sends ${title}: "!" and the panel says why`, async () => {
      api.reply(reply);
      const {tabId} = await visit('registry-like.html');
      await waitForBadge(extension, tabId, '!', 20_000);
      const panel = await openPanel(tabId);
      const failure = panel.locator(
        `[data-state="failed"][data-reason="${reason}"]`
      );
      await failure.waitFor();
      await failure
        .getByRole('button', {name: /Réessayer|Try again/})
        .waitFor();
    });
});
