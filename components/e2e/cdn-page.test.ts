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

let site: CdnSite;
let browser: Browser;
const errors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
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
}));
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
