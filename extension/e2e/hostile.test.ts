import {readFileSync} from 'node:fs';
import {
  apiCompany,
  apiHeadOffice,
  json,
  searchAnswer,
  type FakeServer,
} from '@ti-toolkit/core/company-api/testing';
import {isLuhnValid} from '@ti-toolkit/core/identifiers';
import type {Page} from 'playwright-core';
import {beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {useExtensionSuite} from './extension-suite.ts';
import {REGISTRY_SUBJECT} from './fake-companies.ts';
import type {FixtureServer} from './fixture-server.ts';
import type {LoadedExtension} from './launch-extension.ts';
import {waitFor} from './wait-for.ts';
import {badgeOf, tabIdOf, tabState, waitForBadge} from './worker-state.ts';

// The hostile corpus of the extension (fixtures/hostile/README.md): pages the content script scans, and answers
// of the company API the side panel shows. Expected everywhere: no payload runs, no error, no company that
// fails its checksum, and the scan ends.

const corpus = new URL('./fixtures/hostile/', import.meta.url);

interface PageCase {
  page: string;
  /** SIRENs the scan must report. */
  finds?: string[];
  /** SIRENs it must not report (frames, javascript: links, a Person's taxID, bad checksums). */
  ignores?: string[];
  /** The badge at the end, when the page decides it. */
  badge?: string;
  /** How long the page runs before the checks (pages that never stop changing). */
  runMs?: number;
  /** Frames below the top one that must have loaded a company's text (else the frame case proves nothing). */
  framesWithCompany?: number;
}

// One row per page of fixtures/hostile (README.md says why each expectation holds).
const PAGES: PageCase[] = [
  {page: 'dense-1mb.html', finds: [REGISTRY_SUBJECT.siren]},
  {
    page: 'infinite-scroll.html',
    finds: [REGISTRY_SUBJECT.siren],
    runMs: 3000,
  },
  {page: 'built-ins-overridden.html', finds: ['842613077'], badge: 'TI'},
  {
    page: 'json-ld-hostile.html',
    finds: ['842613077'],
    ignores: ['999999999', '000000000', '123456789', '424761419'],
  },
  {
    page: 'javascript-links.html',
    finds: ['842613077'],
    ignores: ['424761419', '842613051', '842613069'],
  },
  {
    page: 'iframes.html',
    ignores: ['424761419', '842613051', '842613069'],
    badge: '0',
    framesWithCompany: 4,
  },
];

const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const suite = useExtensionSuite(corpus);
let api: FakeServer;
let pages: FixtureServer;
let extension: LoadedExtension;
beforeAll(() => void ({api, pages, extension} = suite));

// After the suite's own beforeEach (which empties storage): start counting this test's reports.
beforeEach(() => countReports());

interface Visit {
  tab: Page;
  tabId: number;
  errors: string[];
}

async function visit(page: string): Promise<Visit> {
  const tab = await suite.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => {
    if (
      message.type() === 'error' &&
      !message.text().startsWith('Failed to load resource')
    )
      errors.push(`console: ${message.text()}`);
  });
  await tab.goto(pages.url(page));
  return {tab, tabId: await tabIdOf(extension, tab), errors};
}

/**
 * Counts the content script's reports in the worker: a second listener beside the worker's own (it answers
 * nothing, so the worker's answer stands). Each report is one scan whose result changed.
 */
async function countReports(): Promise<void> {
  await (
    await extension.worker()
  ).evaluate(() => {
    const world = globalThis as unknown as {
      tiReports?: {tabId: number | undefined; at: number}[];
    };
    if (world.tiReports) {
      world.tiReports.length = 0;
      return;
    }
    world.tiReports = [];
    chrome.runtime.onMessage.addListener((message: unknown, sender) => {
      if ((message as {type?: string} | null)?.type === 'page-companies')
        world.tiReports!.push({tabId: sender.tab?.id, at: Date.now()});
    });
  });
}

async function reports(tabId: number): Promise<number[]> {
  return (await extension.worker()).evaluate(
    (id) =>
      (
        globalThis as unknown as {
          tiReports: {tabId: number | undefined; at: number}[];
        }
      ).tiReports
        .filter((report) => report.tabId === id)
        .map((report) => report.at),
    tabId
  );
}

/** Waits until the page has been scanned and the badge no longer says "looking". */
async function scanned(tabId: number): Promise<string> {
  await waitFor(
    () => tabState(extension, tabId),
    (state) => state !== undefined,
    {what: 'the first report of the page', timeout: 20_000}
  );
  const badge = await waitFor(
    () => badgeOf(extension, tabId),
    (b) => b.text !== '' && b.text !== '…',
    {what: 'a settled badge', timeout: 20_000}
  );
  return badge.text;
}

/** The payload runs counted by probe.js, read from the DOM (a page may have broken its own world's built-ins). */
async function payloadRuns(tab: Page): Promise<number> {
  return Number(await tab.locator('html').getAttribute('data-xss'));
}

describe('the content script on hostile pages', {timeout: 60_000}, () => {
  it.each(PAGES)(
    '$page',
    async ({
      page,
      finds = [],
      ignores = [],
      badge,
      runMs = 0,
      framesWithCompany = 0,
    }) => {
      const started = Date.now();
      const {tab, tabId, errors} = await visit(page);
      const settled = await scanned(tabId);
      const firstReportMs = Date.now() - started;
      if (runMs) await tab.waitForTimeout(runMs);
      if (badge !== undefined)
        await waitForBadge(extension, tabId, badge, 20_000);
      if (framesWithCompany)
        await expect
          .poll(async () => {
            const texts = await Promise.all(
              tab
                .frames()
                .slice(1)
                .map((frame) => frame.locator('body').textContent())
            );
            return texts.filter((text) => text?.includes('SIREN')).length;
          })
          .toBe(framesWithCompany);
      const state = await tabState(extension, tabId);
      const sirens = state!.companies.map((company) => company.siren);
      for (const siren of sirens) {
        expect(siren, 'a reported SIREN passes its checksum').toSatisfy(
          isLuhnValid
        );
        expect(siren).not.toBe('000000000');
      }
      expect(sirens.length).toBeLessThanOrEqual(20);
      for (const siren of finds) expect(sirens).toContain(siren);
      for (const siren of ignores) expect(sirens).not.toContain(siren);
      expect(await payloadRuns(tab)).toBe(0);
      expect(errors).toEqual([]);
      if (runMs) {
        const seconds = (Date.now() - started) / 1000;
        expect((await reports(tabId)).length).toBeLessThanOrEqual(
          Math.ceil(seconds * 2) + 1
        );
      }
      console.info(
        `${page}: first report and badge "${settled}" after ${firstReportMs} ms, ${sirens.length} companies, ${(await reports(tabId)).length} reports`
      );
    }
  );

  it('a mutation storm: a few scans per second at most, and the last state once it calms down', async () => {
    const {tab, tabId, errors} = await visit('mutation-storm.html');
    expect(await scanned(tabId)).toBe('2');
    const before = (await reports(tabId)).length;
    const stormMs = 3000;
    const start = Date.now();
    await tab.evaluate((ms) => {
      (window as unknown as {startStorm(ms: number): void}).startStorm(ms);
    }, stormMs);
    await tab.waitForFunction(
      () => (window as unknown as {__stormDone: boolean}).__stormDone,
      undefined,
      {timeout: 20_000}
    );
    const {mutations, last} = await tab.evaluate(() => {
      const w = window as unknown as {
        __mutations: number;
        __lastSiren: string;
      };
      return {mutations: w.__mutations, last: w.__lastSiren};
    });
    // Once the storm is over, one more scan reads the page as it ended.
    await waitFor(
      () => tabState(extension, tabId),
      (state) => state?.companies.some((c) => c.siren === last) === true,
      {what: `the last company of the storm (${last})`, timeout: 10_000}
    );
    const stormReports = (await reports(tabId)).length - before;
    const seconds = (Date.now() - start) / 1000;
    console.info(
      `mutation storm: ${mutations} mutations in ${stormMs} ms (${Math.round(mutations / (stormMs / 1000))}/s), ${stormReports} reports in ${seconds.toFixed(1)} s`
    );
    expect(mutations / (stormMs / 1000)).toBeGreaterThan(2000);
    expect(stormReports).toBeGreaterThanOrEqual(1);
    expect(stormReports).toBeLessThanOrEqual(Math.ceil(seconds * 2));
    expect(await payloadRuns(tab)).toBe(0);
    expect(errors).toEqual([]);
  });
});

interface ApiReplyCase {
  name: string;
  company?: Record<string, string>;
  headOffice?: Record<string, string>;
  repeat?: number;
}

const API_REPLIES = (
  JSON.parse(readFileSync(new URL('api-replies.json', corpus), 'utf8')) as {
    replies: ApiReplyCase[];
  }
).replies.map(({name, company = {}, headOffice = {}, repeat = 1}) => {
  const grow = (fields: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [key, value.repeat(repeat)])
    );
  return {name, company: grow(company), headOffice: grow(headOffice)};
});

// The commune of the fixtures' workshop: a real one, so that the verdict is "in a territory" whatever the names.
const SAINT_NOM = {
  commune: '78571',
  code_postal: '78860',
  libelle_commune: 'SAINT-NOM-LA-BRETECHE',
  epci: '247800550',
  adresse: '2 RUE DES ATELIERS 78860 SAINT-NOM-LA-BRETECHE',
};

describe(
  'hostile answers of the company API in the side panel',
  {timeout: 60_000},
  () => {
    it.each(API_REPLIES)('$name', async ({company, headOffice}) => {
      const siren = REGISTRY_SUBJECT.siren;
      const address = {...SAINT_NOM, ...headOffice};
      api.reply(
        json(
          200,
          searchAnswer([
            apiCompany(siren, {
              nom_complet: 'FONDERIE DE SEINE AVAL',
              ...company,
              siege: apiHeadOffice(`${siren}00013`, {
                ...address,
                est_siege: true,
              }),
            }),
          ])
        )
      );
      const {tab, tabId, errors} = await visit('api-subject.html');
      await waitForBadge(extension, tabId, 'TI');

      const panel = await suite.newPage();
      const panelErrors: string[] = [];
      panel.on('pageerror', (error) => panelErrors.push(error.message));
      panel.on('console', (message) => {
        if (message.type() === 'error') panelErrors.push(message.text());
      });
      await panel.addInitScript(() => {
        const w = window as unknown as {__xss: number; __copied: string[]};
        w.__xss = 0;
        w.__copied = [];
        // The copy button's text, caught instead of the clipboard (a headless tab has no focus for it).
        Object.defineProperty(navigator, 'clipboard', {
          value: {
            writeText: async (text: string) => void w.__copied.push(text),
          },
        });
      });
      await panel.goto(
        `chrome-extension://${extension.id}/src/sidepanel/index.html?tabId=${tabId}`
      );
      const name = (company.nom_complet ?? 'FONDERIE DE SEINE AVAL').trim();
      const heading = panel.locator('#ti-company-heading');
      await expect.poll(() => heading.textContent()).toBe(name);
      await panel.locator('button.ti-copy').click();
      const copied = await waitFor(
        () =>
          panel.evaluate(
            () => (window as unknown as {__copied: string[]}).__copied
          ),
        (texts) => texts.length === 1,
        {what: 'the copied summary'}
      );
      const summary = copied[0]!;
      // One line per fact, the value exactly as the register gave it, whatever the panel's language.
      const line = (labels: RegExp, value: string) =>
        expect(summary.split('\n')).toContainEqual(
          expect.stringMatching(
            new RegExp(`^(${labels.source})\\s?:\\s${escapeRegExp(value)}$`)
          )
        );
      line(/Entreprise|Company/, name);
      line(/Adresse retenue|Address used/, address.adresse.trim());
      expect(summary).toContain('Seine Aval');
      const rendered = await panel.evaluate(() => {
        const injected: string[] = [];
        const visit = (root: Document | ShadowRoot) => {
          for (const element of root.querySelectorAll('*')) {
            if (
              element.matches(
                'img, svg, iframe, object, embed, script:not([src]), a[href^="javascript:" i]'
              )
            )
              injected.push(element.outerHTML.slice(0, 120));
            for (const attribute of element.getAttributeNames())
              if (attribute.startsWith('on'))
                injected.push(`${element.localName}[${attribute}]`);
            if (element.shadowRoot) visit(element.shadowRoot);
          }
        };
        visit(document);
        return {
          injected,
          xss: (window as unknown as {__xss: number}).__xss,
        };
      });
      expect(rendered).toEqual({injected: [], xss: 0});
      expect(await payloadRuns(tab)).toBe(0);
      expect(errors).toEqual([]);
      expect(panelErrors).toEqual([]);
    });
  }
);
