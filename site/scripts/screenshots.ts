/**
 * pnpm site:screenshots: pictures of the demo partner page and of the configurator for docs/screenshots/, taken
 * from a fresh build in Chromium. Run by hand when the pages change, not in CI.
 */
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {REPO_ROOT} from '../build/paths.ts';
import {openSite} from '../e2e/site-fixture.ts';

const out = join(REPO_ROOT, 'docs/screenshots');
mkdirSync(out, {recursive: true});
const fixture = await openSite();
try {
  const page = await fixture.browser.newPage({
    viewport: {width: 1280, height: 900},
    colorScheme: 'light',
  });
  await page.goto(`${fixture.site.url}/demo/`);
  await page.locator('ti-service-finder [part="result"]').first().waitFor();
  await page.locator('ti-funding-widget [part="result"]').first().waitFor();
  await page.locator('ti-territory-card [part="name"]').waitFor();
  // The top of the page and its priorities; the full page is about 19,000 px high.
  await page.screenshot({
    path: join(out, 'demo-partner-page.png'),
    fullPage: true,
    clip: {x: 0, y: 0, width: 1280, height: 2200},
  });

  await page.goto(`${fixture.site.url}/configurator/`);
  await page.locator('#territory-search').fill('gally');
  await page.getByLabel("Couleur d'accent (boutons, liens)").fill('#1f5f3a');
  await page
    .locator('#preview ti-service-finder [part="result"]')
    .first()
    .waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: join(out, 'embed-configurator.png'),
    fullPage: true,
    clip: {x: 0, y: 0, width: 1280, height: 1600},
  });
  console.log(`Screenshots written to ${out}`);
} finally {
  await fixture.close();
}
