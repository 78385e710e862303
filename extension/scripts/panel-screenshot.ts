/**
 * pnpm --filter @ti-toolkit/extension screenshot: the side panel on the legal-notice fixture, as an adviser sees it,
 * saved to docs/screenshots/extension-side-panel.png (test build, fake API, Debian's Chromium).
 */
import {startFakeServer} from '@ti-toolkit/core/company-api/testing';
import {buildTestExtension} from '../e2e/build-test-extension.ts';
import {fakeCompanies} from '../e2e/fake-companies.ts';
import {startFixtureServer} from '../e2e/fixture-server.ts';
import {launchExtension} from '../e2e/launch-extension.ts';
import {tabIdOf, waitForBadge} from '../e2e/worker-state.ts';

const api = await startFakeServer();
api.reply(fakeCompanies);
const pages = await startFixtureServer();
const extension = await launchExtension(await buildTestExtension(api.baseUrl));
try {
  const page = await extension.context.newPage();
  await page.goto(pages.url('legal-notice.html'));
  const tabId = await tabIdOf(extension, page);
  await waitForBadge(extension, tabId, 'TI');
  const panel = await extension.context.newPage();
  // Chrome's side panel is about 400 px wide.
  await panel.setViewportSize({width: 400, height: 1400});
  await panel.goto(
    `chrome-extension://${extension.id}/src/sidepanel/index.html?tabId=${tabId}`
  );
  await panel
    .getByRole('region', {name: 'Verdict'})
    .getByText('Seine Aval')
    .first()
    .waitFor();
  await panel.locator('ti-funding-widget [part~="result"]').first().waitFor();
  const path = new URL(
    '../../docs/screenshots/extension-side-panel.png',
    import.meta.url
  ).pathname;
  await panel.screenshot({path, fullPage: false});
  console.log(`Saved ${path}`);
} finally {
  await extension.close();
  await pages.close();
  await api.close();
}
