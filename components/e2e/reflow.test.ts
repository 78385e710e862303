import {chromium, type Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {findOverflow, pageHtml, prepare, REFLOW_PAGES} from './reflow-pages.ts';
import {chromiumPath, serveCdn, type CdnSite} from './serve.ts';

// WCAG 1.4.10: at 320 CSS px (1280 px at 400 % zoom) and at 640 CSS px (1280 px at 200 %), nothing scrolls sideways.
let site: CdnSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveCdn(
    Object.fromEntries(
      Object.entries(REFLOW_PAGES).map(([name, body]) => [
        `${name}.html`,
        pageHtml(body),
      ])
    )
  );
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('reflow on a narrow screen', {timeout: 30_000}, () => {
  it.each(Object.keys(REFLOW_PAGES))(
    '%s fits 320 and 640 CSS px without scrolling sideways',
    async (name) => {
      const page = await browser.newPage({viewport: {width: 320, height: 640}});
      await page.goto(`${site.url}/${name}.html`);
      await prepare(page, name);
      expect(await findOverflow(page)).toEqual([]);
      await page.setViewportSize({width: 640, height: 640});
      expect(await findOverflow(page)).toEqual([]);
      await page.close();
    }
  );
});
