import type {Browser} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {findOverflow, pageHtml, prepare, REFLOW_PAGES} from './reflow-pages.ts';
import {useCdnSite} from './cdn-suite.ts';
import type {CdnSite} from './serve.ts';

// WCAG 1.4.10: at 320 CSS px (1280 px at 400 % zoom) and at 640 CSS px (1280 px at 200 %), nothing scrolls sideways.
let site: CdnSite;
let browser: Browser;

const suite = useCdnSite(() =>
  Object.fromEntries(
    Object.entries(REFLOW_PAGES).map(([name, body]) => [
      `${name}.html`,
      pageHtml(body),
    ])
  )
);
beforeAll(() => void ({site, browser} = suite));

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
