/**
 * pnpm --filter @ti-toolkit/extension store:screenshots: the stores' screenshots at their size (1280 × 800): the
 * legal-notice fixture page as the adviser reads it, with the side panel beside it (400 px, as Chrome shows it), in
 * extension/store/screenshots/. Test build, fake API, Debian's Chromium.
 */
import {mkdirSync} from 'node:fs';
import {startFakeServer} from '@ti-toolkit/core/company-api/testing';
import {buildTestExtension} from '../e2e/build-test-extension.ts';
import {fakeCompanies} from '../e2e/fake-companies.ts';
import {startFixtureServer} from '../e2e/fixture-server.ts';
import {launchExtension} from '../e2e/launch-extension.ts';
import {waitFor} from '../e2e/wait-for.ts';
import {tabIdOf, waitForBadge} from '../e2e/worker-state.ts';

const WIDTH = 1280;
const HEIGHT = 800;
const PANEL = 400;
const out = new URL('../store/screenshots/', import.meta.url).pathname;
mkdirSync(out, {recursive: true});

const api = await startFakeServer();
api.reply(fakeCompanies);
const pages = await startFixtureServer();
const build = await buildTestExtension(api.baseUrl);
for (const [lang, locale] of [
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
] as const) {
  const extension = await launchExtension(build, locale);
  try {
    // The worker registers the content script when installed: a page opened before would have none.
    await waitFor(
      async () =>
        (await extension.worker()).evaluate(
          async () =>
            (await chrome.scripting.getRegisteredContentScripts()).length
        ),
      (count) => count === 1,
      {what: 'the content script registration'}
    );
    const page = await extension.context.newPage();
    await page.goto(pages.url('legal-notice.html'));
    const tabId = await tabIdOf(extension, page);
    await waitForBadge(extension, tabId, 'TI');
    await page.setViewportSize({width: WIDTH - PANEL, height: HEIGHT});
    const site = await page.screenshot();

    const panel = await extension.context.newPage();
    await panel.setViewportSize({width: PANEL, height: HEIGHT});
    await panel.goto(
      `chrome-extension://${extension.id}/src/sidepanel/index.html?tabId=${tabId}`
    );
    const verdict = panel.getByRole('region', {name: 'Verdict'});
    await verdict.getByText('Seine Aval').first().waitFor();
    await panel.locator('ti-funding-widget [part~="result"]').first().waitFor();
    const top = await panel.screenshot();
    // The second view: the aid, scrolled into view.
    await panel
      .getByRole('heading', {name: /^(Aides applicables|Applicable aid)$/})
      .scrollIntoViewIfNeeded();
    const aid = await panel.screenshot();

    // Side by side at the stores' size: the page, then the panel with a 1 px border, as the browser draws them.
    const board = await extension.context.newPage();
    await board.setViewportSize({width: WIDTH, height: HEIGHT});
    for (const [name, shot] of [
      ['1-verdict', top],
      ['2-aid', aid],
    ] as const) {
      const src = (png: Buffer) =>
        `data:image/png;base64,${png.toString('base64')}`;
      await board.setContent(`<!doctype html><html><body style="margin:0;display:flex;background:#fff">
      <img src="${src(site)}" width="${WIDTH - PANEL - 1}" height="${HEIGHT}" style="object-fit:cover;object-position:left top">
      <img src="${src(shot)}" width="${PANEL}" height="${HEIGHT}" style="border-left:1px solid #c3c8cf">
      </body></html>`);
      await board.screenshot({
        path: `${out}${name}-${lang}-${WIDTH}x${HEIGHT}.png`,
      });
    }
  } finally {
    await extension.close();
  }
}
await pages.close();
await api.close();
console.log(`Saved 4 screenshots of ${WIDTH} × ${HEIGHT} in ${out}`);
