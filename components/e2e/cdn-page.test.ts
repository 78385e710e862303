import type {Browser, Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {useCdnSite} from './cdn-suite.ts';
import type {CdnSite} from './serve.ts';

// A partner page: one script tag, the four elements, nothing else.
const PARTNER_PAGE = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Partenaire</title>
<script type="module" src="/ti-components.js"></script></head>
<body>
  <ti-priority-cards for="finder"></ti-priority-cards>
  <ti-service-finder id="finder"></ti-service-finder>
  <ti-funding-widget who="company" size="sme" place="Oyonnax" project="hiring" hires="3"></ti-funding-widget>
  <ti-territory-card place="Oyonnax"></ti-territory-card>
</body></html>`;

const CARDS_ONLY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cards</title>
<script type="module" src="/ti-components.js"></script></head>
<body><ti-priority-cards theme="dark"></ti-priority-cards></body></html>`;

// The configurator's snippets (ADR 0023): each component's own script, no loader.
const OWN_CARDS = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Cartes</title>
<script type="module" src="/ti-priority-cards.js"></script></head>
<body><ti-priority-cards></ti-priority-cards></body></html>`;

// Two snippets pasted one after the other, and the loader a CMS theme adds: all three on one page.
const MIXED = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mélange</title>
<script type="module" src="/ti-territory-card.js"></script>
<script type="module" src="/ti-service-finder.js"></script>
<script type="module" src="/ti-components.js"></script></head>
<body>
  <ti-territory-card place="Oyonnax"></ti-territory-card>
  <ti-service-finder place="Oyonnax"></ti-service-finder>
  <ti-priority-cards></ti-priority-cards>
</body></html>`;

let site: CdnSite;
let browser: Browser;
const errors: string[] = [];

async function open(
  path: string,
  beforeLoad: (page: Page) => void = () => {}
): Promise<Page> {
  const page = await browser.newPage();
  beforeLoad(page);
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    // A failed download is reported below with its address; the browser's own favicon request is not ours.
    if (
      message.type() === 'error' &&
      !message.text().startsWith('Failed to load resource')
    )
      errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${site.url}${path}`);
  return page;
}

const suite = useCdnSite(() => ({
  'index.html': PARTNER_PAGE,
  'cards.html': CARDS_ONLY,
  'own-cards.html': OWN_CARDS,
  'mixed.html': MIXED,
}));

/** The paths a page requests, in order. */
function recordRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) =>
    requested.push(new URL(request.url()).pathname)
  );
  return requested;
}
beforeAll(() => void ({site, browser} = suite));

describe('a partner page with one script tag', {timeout: 30_000}, () => {
  it('shows the four components working, in French', async () => {
    const page = await open('/');
    await page.locator('ti-priority-cards [part~="card"]').first().waitFor();
    expect(await page.locator('ti-priority-cards [part~="card"]').count()).toBe(
      4
    );
    await page.locator('ti-service-finder [part="result"]').first().waitFor();
    await page.locator('ti-funding-widget [part="result"]').first().waitFor();
    await expect
      .poll(async () =>
        (
          await page.locator('ti-territory-card [part="name"]').textContent()
        )?.trim()
      )
      .toBe('Plastics Vallée – Oyonnax');
    // Choosing a priority card drives the finder on the same page.
    await page.locator('ti-priority-cards [part="button"]').nth(2).click();
    await expect
      .poll(() => page.locator('#finder').getAttribute('priority'))
      .toBe('skills-recruitment');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks English when the page does, and follows a change of language', async () => {
    const page = await open('/');
    await page.locator('ti-priority-cards [part~="card"]').first().waitFor();
    await page.evaluate(() =>
      document.documentElement.setAttribute('lang', 'en')
    );
    await expect
      .poll(() =>
        page
          .locator('ti-priority-cards [part="covers"]')
          .first()
          .getAttribute('aria-label')
      )
      .toBe('What it covers');
    await page.close();
  });

  it('loads only what the page uses: no place table and no finder code for cards alone', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) =>
      requested.push(new URL(request.url()).pathname)
    );
    await page.goto(`${site.url}/cards.html`);
    await page.locator('ti-priority-cards [part~="card"]').first().waitFor();
    expect(
      requested.some((path) =>
        /communes|territories|commune-territory/.test(path)
      )
    ).toBe(false);
    expect(
      requested.some((path) =>
        /service-finder|funding-widget|territory-card|search-schemes/.test(path)
      )
    ).toBe(false);
    expect(await page.locator('ti-priority-cards').getAttribute('theme')).toBe(
      'dark'
    );
    await page.close();
  });

  it('leaves a tag another script already defined alone', async () => {
    errors.length = 0;
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.route('**/own.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head><title>Own</title><script>customElements.define('ti-priority-cards', class extends HTMLElement { connectedCallback() { this.textContent = 'theirs'; } });</script>
        <script type="module" src="/ti-components.js"></script></head><body><ti-priority-cards></ti-priority-cards></body></html>`,
      })
    );
    await page.goto(`${site.url}/own.html`);
    await page.waitForTimeout(300);
    expect(await page.locator('ti-priority-cards').textContent()).toBe(
      'theirs'
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe(
  "a partner page with the components' own scripts",
  {timeout: 30_000},
  () => {
    it('shows the cards from their own script: two files of code and the catalogue, no loader', async () => {
      errors.length = 0;
      let requested: string[] = [];
      const page = await open(
        '/own-cards.html',
        (p) => (requested = recordRequests(p))
      );
      await page.locator('ti-priority-cards [part~="card"]').first().waitFor();
      expect(
        await page.locator('ti-priority-cards [part~="card"]').count()
      ).toBe(4);
      const code = requested.filter(
        (path) => path.endsWith('.js') && !/catalogue/.test(path)
      );
      expect(code).toEqual([
        '/ti-priority-cards.js',
        expect.stringMatching(/^\/chunks\/ti-shared-[\w-]+\.js$/),
      ]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('mixes two own scripts and the loader: each file once, each element working', async () => {
      errors.length = 0;
      let requested: string[] = [];
      const page = await open(
        '/mixed.html',
        (p) => (requested = recordRequests(p))
      );
      await expect
        .poll(() =>
          page.locator('ti-territory-card [part="name"]').textContent()
        )
        .toContain('Plastics Vallée');
      await page.locator('ti-service-finder [part="result"]').first().waitFor();
      await page.locator('ti-priority-cards [part~="card"]').first().waitFor();
      // One copy of the shared code and of each script: a second build's copy would have another name.
      const code = requested.filter((path) => path.endsWith('.js'));
      expect(code.filter((path) => /\/ti-shared-/.test(path))).toHaveLength(1);
      for (const script of [
        '/ti-territory-card.js',
        '/ti-service-finder.js',
        '/ti-priority-cards.js',
        '/ti-components.js',
      ])
        expect(code.filter((path) => path === script)).toHaveLength(1);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
);
