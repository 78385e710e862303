import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openSite, type SiteFixture} from './site-fixture.ts';

let fixture: SiteFixture;

beforeAll(async () => {
  fixture = await openSite();
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

/**
 * Reflow (WCAG 1.4.10, RGAA 10.11): at 320 CSS px every page of both languages reads without scrolling sideways;
 * a long code line or a wide table scrolls in its own box. The components have their own reflow tests.
 */
describe('every page at 320 px', {timeout: 180_000}, () => {
  it('scrolls only vertically', async () => {
    const context = await fixture.browser.newContext({
      viewport: {width: 320, height: 640},
    });
    const page = await context.newPage();
    const wide: Record<string, number> = {};
    for (const path of fixture.build.pages) {
      const url =
        path === '/embed/'
          ? '/embed/?component=ti-service-finder&place=siren:200034130'
          : path;
      await page.goto(`${fixture.site.url}${url}`);
      const width = await page.evaluate(
        () => document.documentElement.scrollWidth
      );
      if (width > 320) wide[path] = width;
    }
    await context.close();
    expect(wide).toEqual({});
  });
});
