import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openSite, watchPage, type SiteFixture} from './site-fixture.ts';

let fixture: SiteFixture;
/**
 * A partner's site: another origin (another port; a routed public host would hit Chrome's local-network
 * protection instead), whose page is a blank body with the snippet pasted in.
 */
let partnerServer: Server;
let partnerOrigin: string;
let partnerBody = '';

beforeAll(async () => {
  partnerServer = createServer((_, response) => {
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
    response.end(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title></head><body>${partnerBody}</body></html>`
    );
  });
  await new Promise<void>((resolve) =>
    partnerServer.listen(0, '127.0.0.1', resolve)
  );
  partnerOrigin = `http://127.0.0.1:${(partnerServer.address() as AddressInfo).port}`;
  fixture = await openSite();
}, 60_000);

afterAll(async () => {
  await fixture?.close();
  partnerServer?.closeAllConnections();
  partnerServer?.close();
});

async function pasteIntoBlankPage(
  snippet: string
): Promise<{page: Page; problems: string[]}> {
  partnerBody = snippet;
  const page = await fixture.browser.newPage();
  page.setDefaultTimeout(5_000);
  const problems = watchPage(page, partnerOrigin);
  await page.goto(`${partnerOrigin}/`);
  return {page, problems};
}

async function openConfigurator(): Promise<Page> {
  const page = await fixture.browser.newPage();
  page.setDefaultTimeout(5_000);
  await page.goto(`${fixture.site.url}/configurator/`);
  await page.locator('#preview ti-service-finder').waitFor();
  return page;
}

describe('the embed configurator', {timeout: 30_000}, () => {
  it('builds a script snippet that works when pasted into a blank page on another origin', async () => {
    const page = await openConfigurator();
    const problems = watchPage(page, fixture.site.url);
    await page.getByLabel('<ti-territory-card>').check();
    await page.getByLabel('Search a territory by name').fill('gally');
    await expect
      .poll(() =>
        page
          .locator('#territory option')
          .evaluateAll((options) =>
            options.map((o) => (o as HTMLOptionElement).label)
          )
      )
      .toEqual(['Seine Aval (78, 95)']);
    await page.getByLabel('English').check();
    await page.getByLabel('Dark', {exact: true}).check();
    await page.getByLabel('Accent colour in the dark theme').fill('#f0a8c8');
    const preview = page.locator('#preview ti-territory-card');
    await expect.poll(() => preview.getAttribute('territory')).toBe('ti-1109');
    expect(await preview.getAttribute('lang')).toBe('en');
    await expect
      .poll(() => preview.locator('[part="name"]').textContent())
      .toContain('Seine Aval');

    const snippet = await page.locator('#snippet').inputValue();
    const {entry} = fixture.build.context.cdn;
    expect(snippet).toContain(`src="${fixture.site.url}${entry.path}"`);
    expect(snippet).toContain(`integrity="${entry.integrity}"`);
    expect(snippet).toContain('--ti-sys-dark-color-primary: #f0a8c8');
    expect(problems).toEqual([]);

    const {page: partner, problems: partnerProblems} =
      await pasteIntoBlankPage(snippet);
    const card = partner.locator('ti-territory-card');
    await expect
      .poll(() => card.locator('[part="name"]').textContent())
      .toContain('Seine Aval');
    expect(await card.locator('[part="kicker"]').textContent()).toContain(
      'Territoire'
    );
    expect(await card.evaluate((el) => getComputedStyle(el).colorScheme)).toBe(
      'dark'
    );
    // Its only requests went to our server: the script, then its chunks and data, all cross-origin with CORS.
    expect(
      partnerProblems.filter(
        (p) => !p.startsWith(`other origin: ${fixture.site.url}/`)
      )
    ).toEqual([]);
    await partner.close();
    await page.close();
  });

  it('copies the snippet, and a snippet with a wrong hash is refused by the browser', async () => {
    const context = await fixture.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: fixture.site.url,
    });
    const page = await context.newPage();
    await page.goto(`${fixture.site.url}/configurator/`);
    await page.getByLabel('Search a territory by name').fill('gally');
    await page.getByRole('button', {name: 'Copy the snippet'}).click();
    await expect
      .poll(() => page.locator('#copy-status').textContent())
      .toBe('Copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#snippet').inputValue());
    expect(copied).toContain('place="siren:200034130"');

    // The snippet works as copied: the finder says the CCGM is in Seine Aval.
    const {page: partner} = await pasteIntoBlankPage(copied);
    await expect
      .poll(() =>
        partner.locator('ti-service-finder [part="verdict"]').textContent()
      )
      .toContain('Seine Aval');
    // SRI is real: one changed character in the hash and nothing runs.
    const tampered = copied.replace(
      /integrity="sha384-./,
      'integrity="sha384-A'
    );
    const {page: blocked, problems: errors} =
      await pasteIntoBlankPage(tampered);
    await expect.poll(() => errors.join('\n')).toContain('integrity');
    expect(
      await blocked.evaluate(() => customElements.get('ti-service-finder'))
    ).toBeUndefined();
    await Promise.all([partner.close(), blocked.close(), context.close()]);
  });

  it('warns when a colour is too light for text', async () => {
    const page = await openConfigurator();
    await page.getByLabel('Accent colour (buttons, links)').fill('#ffcc00');
    await expect
      .poll(() => page.locator('#contrast').textContent())
      .toContain('too light');
    await page.getByLabel('Accent colour (buttons, links)').fill('#1f5f3a');
    await expect
      .poll(() => page.locator('#contrast').textContent())
      .toContain('at least 4.5:1');
    await page.close();
  });
});

describe('the iframe fallback', {timeout: 30_000}, () => {
  it('is sized by its content on a partner page, and follows it when the content changes', async () => {
    const page = await openConfigurator();
    await page.getByLabel('Search a territory by name').fill('gally');
    await page.getByLabel('Iframe (editors that remove scripts)').check();
    const snippet = await page.locator('#snippet').inputValue();
    expect(snippet).toContain(
      `<iframe src="${fixture.site.url}/embed/?component=ti-service-finder`
    );
    expect(snippet).toContain(
      `integrity="${fixture.build.context.resize.integrity}"`
    );
    await page.close();

    const {page: partner} = await pasteIntoBlankPage(snippet);
    const frame = partner.frameLocator('iframe');
    await frame.locator('ti-service-finder [part="result"]').first().waitFor();
    const frameHeight = () =>
      partner
        .locator('iframe')
        .evaluate((el) => el.getBoundingClientRect().height);
    const contentHeight = () =>
      frame
        .locator('body')
        .evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    await expect
      .poll(async () =>
        Math.abs((await frameHeight()) - (await contentHeight()))
      )
      .toBeLessThan(2);
    const tall = await frameHeight();
    expect(tall).not.toBe(1400);
    const fits = () =>
      expect
        .poll(async () =>
          Math.abs((await frameHeight()) - (await contentHeight()))
        )
        .toBeLessThan(2);
    // Less content (the filter panel, the tallest column, folded): the iframe shrinks with it.
    await frame.locator('ti-service-finder [part="filters-summary"]').click();
    await expect.poll(frameHeight).toBeLessThan(tall - 200);
    await fits();
    // More content (the next ten results): it grows with it.
    const short = await frameHeight();
    await frame.locator('ti-service-finder [part="show-more"]').click();
    await expect.poll(frameHeight).toBeGreaterThan(short + 200);
    await fits();
    await partner.close();
  });

  it('shows an error, not a broken page, for an address it does not understand', async () => {
    const page = await fixture.browser.newPage();
    await page.goto(`${fixture.site.url}/embed/?component=ti-nothing`);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('unknown component');
    await page.close();
  });
});
