import {
  apiCompany,
  apiHeadOffice,
  json,
  searchAnswer,
  type Reply,
} from '@ti-toolkit/core/company-api/testing';
import type {Page} from 'playwright-core';
import {beforeEach, describe, expect, it} from 'vitest';
import {useExtensionSuite} from './extension-suite.ts';
import type {LoadedExtension} from './launch-extension.ts';
import {waitFor} from './wait-for.ts';
import {
  badgeOf,
  clearStorage,
  sessionFromPage,
  tabIdOf,
  waitForBadge,
} from './worker-state.ts';

// Faults of the worker on real pages (issue 13): storage.session crowded with stale lookups, storage refusing a
// write, and a company registered in a commune the data does not know.

const suite = useExtensionSuite(
  new URL('./fixtures/worker-faults/', import.meta.url)
);

/** The fixture pages' companies, by the commune of their head office; any other SIREN is in Saint-Nom. */
const HEAD_OFFICE_COMMUNES: Record<string, string> = {
  '842613085': '78571', // new-company.html: Saint-Nom-la-Bretèche, Seine Aval
  '842613093': '00000', // commune-00000.html
  '842613101': '2A999', // commune-2a999.html
  '842613119': '97999', // commune-97999.html
  '842613127': '78571', // storage-full.html
};
const SAINT_NOM = '78571';
const SAINT_NOM_PLACE = {
  code_postal: '78860',
  libelle_commune: 'SAINT-NOM-LA-BRETECHE',
  epci: '247800550',
  adresse: '2 RUE DES ATELIERS 78860 SAINT-NOM-LA-BRETECHE',
};

const companies: Reply = (request, response, url) => {
  const siren = (url.searchParams.get('q') ?? '').slice(0, 9);
  const commune = HEAD_OFFICE_COMMUNES[siren] ?? SAINT_NOM;
  const place = commune === SAINT_NOM ? SAINT_NOM_PLACE : {};
  json(
    200,
    searchAnswer([
      apiCompany(siren, {
        siege: apiHeadOffice(`${siren}00013`, {commune, ...place}),
      }),
    ])
  )(request, response, url);
};

/**
 * Empties storage once the worker is done with the tabs just opened or closed: it prunes after each, and a
 * prune landing after the seeding would write an index that does not list the seeded records.
 */
async function emptySession(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  await clearStorage(suite.extension);
}

beforeEach(async () => {
  suite.api.reply(companies);
  await emptySession();
});

async function visit(page: string): Promise<{tab: Page; tabId: number}> {
  const tab = await suite.newPage();
  await tab.goto(suite.pages.url(page));
  return {tab, tabId: await tabIdOf(suite.extension, tab)};
}

async function openPanel(tabId: number): Promise<Page> {
  const panel = await suite.newPage();
  await panel.goto(
    `chrome-extension://${suite.extension.id}/src/sidepanel/index.html?tabId=${tabId}`
  );
  return panel;
}

/** A record as the worker writes it after a lookup by SIREN (a company with its head office). */
const STALE_COMPANY = {
  name: 'ENTREPRISE DE PASSAGE',
  state: 'active',
  activity: {code: '25.62B', label: null},
  size: {
    category: 'PME',
    headcount: {code: '12', min: 20, max: 49, year: '2023'},
  },
  headOffice: {
    siret: '30000000000013',
    isHeadOffice: true,
    state: 'active',
    communeCode: SAINT_NOM,
    postcode: '78860',
    communeName: 'SAINT-NOM-LA-BRETECHE',
    epciSiren: '247800550',
    department: '78',
    region: '11',
    address: '2 RUE DES ATELIERS 78860 SAINT-NOM-LA-BRETECHE',
    latitude: 48.85,
    longitude: 2.02,
  },
  establishment: null,
};

/** `count` lookups of companies no tab shows any more, as an older version left them (no index). */
async function seedStaleLookups(
  ext: LoadedExtension,
  count: number
): Promise<void> {
  await (
    await ext.worker()
  ).evaluate(
    async ({count, company}) => {
      const items: Record<string, unknown> = {};
      for (let i = 0; i < count; i++) {
        const siren = String(300_000_000 + i);
        items[`lookup:${siren}`] = {
          identifier: siren,
          status: 'done',
          result: {ok: true, value: {...company, siren}},
          finishedAt: Date.now() - (i + 1) * 60_000,
        };
      }
      await chrome.storage.session.set(items);
    },
    {count, company: STALE_COMPANY}
  );
}

const lookupKeys = async (ext: LoadedExtension) =>
  Object.keys(await sessionFromPage(ext)).filter((key) =>
    key.startsWith('lookup:')
  );

/**
 * Fills storage.session to its quota, not one byte left, with junk (as a bug or another part of the extension
 * might). Chrome counts a key's length plus its value's JSON length.
 */
async function fillSession(ext: LoadedExtension): Promise<void> {
  await (
    await ext.worker()
  ).evaluate(async () => {
    const area = chrome.storage.session;
    const free = area.QUOTA_BYTES - (await area.getBytesInUse(null));
    const key = 'junk:fill';
    await area.set({[key]: 'x'.repeat(free - key.length - 2)});
  });
}

async function freeJunk(ext: LoadedExtension): Promise<void> {
  await (
    await ext.worker()
  ).evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    await chrome.storage.session.remove(
      Object.keys(all).filter((key) => key.startsWith('junk:'))
    );
  });
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Checksum-valid SIRENs from `from` on: each one a company the worker has never looked up. */
function* freshSirens(from: number): Generator<string> {
  for (let n = from; ; n++) {
    const digits = String(n);
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      const d = Number(digits[8 - i]) * (i % 2 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    if (sum % 10 === 0) yield digits;
  }
}

describe('storage.session stays bounded', {timeout: 120_000}, () => {
  it('thousands of stale lookups: a new company still gets its verdict, and storage is pruned', async () => {
    await seedStaleLookups(suite.extension, 4000);
    const {tabId} = await visit('new-company.html');
    const badge = await waitForBadge(suite.extension, tabId, 'TI', 30_000);
    expect(badge.title).toContain('Seine Aval');
    const kept = await waitFor(
      () => lookupKeys(suite.extension),
      (keys) => keys.length <= 201,
      {what: 'the stale lookups pruned', timeout: 30_000}
    );
    // The open tab's lookup stays, with the 200 most recent others.
    expect(kept).toContain('lookup:842613085');
    expect(kept.length).toBeGreaterThanOrEqual(200);
    const session = await sessionFromPage(suite.extension);
    expect(Object.keys(session['lookup-index'] as object)).toHaveLength(
      kept.length
    );
  });

  it('the cost of a message stays flat: figures at 0, 500 and 4,000 stored lookups', async () => {
    const {tabId} = await visit('no-company.html');
    await waitForBadge(suite.extension, tabId, '0');
    const options = await suite.newPage();
    await options.goto(
      `chrome-extension://${suite.extension.id}/src/options/index.html`
    );
    const sirens = freshSirens(500_000_000);
    const lines: string[] = [];
    for (const count of [0, 500, 4000]) {
      await emptySession();
      await seedStaleLookups(suite.extension, count);
      const worker = await suite.extension.worker();
      const readEverything = await worker.evaluate(async () => {
        const started = performance.now();
        await chrome.storage.session.get(null);
        return performance.now() - started;
      });
      // A typical message: the panel's look-up of a new company, until the tab's badge shows its verdict.
      const messages: number[] = [];
      for (let i = 0; i < 6; i++)
        messages.push(
          await options.evaluate(
            async ({tabId, identifier}) => {
              const started = performance.now();
              await chrome.runtime.sendMessage({
                type: 'look-up',
                payload: {tabId, identifier},
              });
              while ((await chrome.action.getBadgeText({tabId})) !== 'TI')
                await new Promise((resolve) => setTimeout(resolve, 1));
              return performance.now() - started;
            },
            {tabId, identifier: sirens.next().value!}
          )
        );
      const left = (await lookupKeys(suite.extension)).length;
      lines.push(
        `${count} stored lookups: reading them all ${readEverything.toFixed(0)} ms; message to badge: first ${messages[0]!.toFixed(0)} ms, then median ${median(messages.slice(1)).toFixed(0)} ms; ${left} lookups left`
      );
      expect(left).toBeLessThanOrEqual(206);
      expect(median(messages.slice(1))).toBeLessThan(500);
    }
    console.info(lines.join('\n'));
  });

  it('a write storage refuses: an error badge, never a lasting "…", and a retry that works once space is freed', async () => {
    await fillSession(suite.extension);
    const {tabId} = await visit('storage-full.html');
    const badge = await waitForBadge(suite.extension, tabId, '!', 20_000);
    expect(badge.title).toMatch(
      /storage is full|mémoire de l'extension pleine/
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await badgeOf(suite.extension, tabId)).text).toBe('!');

    await freeJunk(suite.extension);
    const panel = await openPanel(tabId);
    await panel
      .getByRole('button', {name: /Analyser cette page|Scan this page/})
      .click();
    await waitForBadge(suite.extension, tabId, 'TI', 20_000);
  });
});

describe(
  'a company registered in a commune the data does not know',
  {timeout: 60_000},
  () => {
    it.each([
      ['00000', 'commune-00000.html'],
      ['2A999', 'commune-2a999.html'],
      ['97999', 'commune-97999.html'],
    ])(
      '%s: the badge and the panel say "unknown commune", never "not in a territory"',
      async (commune, page) => {
        const {tabId} = await visit(page);
        const badge = await waitFor(
          () => badgeOf(suite.extension, tabId),
          (b) => !['', '…', '0'].includes(b.text),
          {what: 'a verdict badge', timeout: 20_000}
        );
        expect(badge.text).toBe('?');
        expect(badge.title).toMatch(
          /inconnue des données \(millésime COG 2026\)|unknown to the data \(COG 2026 vintage\)/
        );

        const panel = await openPanel(tabId);
        const verdict = panel.locator('section.ti-verdict');
        await expect
          .poll(() => verdict.getAttribute('data-status'))
          .toBe('unknown-commune');
        const sentence = await verdict
          .locator('.ti-verdict-sentence')
          .innerText();
        expect(sentence).toContain(commune);
        expect(sentence).toMatch(
          /commune inconnue des données \(millésime COG 2026\)|commune unknown to the data \(COG 2026 vintage\)/
        );
        expect(sentence).not.toMatch(/Hors Territoire|Not in a Territoire/);
        expect(await verdict.locator('ti-territory-card').count()).toBe(0);
      }
    );
  }
);
