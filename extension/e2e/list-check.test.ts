import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {useExtensionSuite} from './extension-suite.ts';
import {fakeCompanies, HOST, PUBLISHER} from './fake-companies.ts';
import type {FakeServer} from '@ti-toolkit/core/company-api/testing';
import type {LoadedExtension} from './launch-extension.ts';

const suite = useExtensionSuite();
let api: FakeServer;
let extension: LoadedExtension;
beforeAll(() => void ({api, extension} = suite));

/** Each row's input (after its number) and outcome, once every row of the list is drawn and none is pending. */
async function outcomes(
  page: Page,
  count: number
): Promise<[string, string][]> {
  const rows = page.locator('ti-list-check [part~="row"]');
  const pending = page.locator('ti-list-check [data-outcome="pending"]');
  await expect
    .poll(async () => [await rows.count(), await pending.count()], {
      timeout: 30_000,
    })
    .toEqual([count, 0]);
  return rows.evaluateAll((nodes) =>
    nodes.map((row): [string, string] => [
      row.querySelectorAll('td, th')[1]!.textContent!.trim(),
      row.getAttribute('data-outcome')!,
    ])
  );
}

describe("the extension's list page", {timeout: 60_000}, () => {
  it('checks a pasted list: companies through the API the extension may reach, communes offline, formulas as text', async () => {
    api.reply(fakeCompanies);
    const page = await suite.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(
      `chrome-extension://${extension.id}/src/list-check/index.html`
    );
    await expect
      .poll(() => page.locator('html').getAttribute('lang'))
      .toMatch(/^(fr|en)$/);
    await page
      .locator('ti-list-check textarea')
      .fill(
        [
          PUBLISHER.siret,
          HOST.siren,
          '78571',
          '=HYPERLINK("https://example.org")',
        ].join('\n')
      );
    await page.locator('ti-list-check [data-action="check"]').click();
    const rows = await outcomes(page, 4);
    expect(rows).toEqual([
      [PUBLISHER.siret, 'in'],
      [HOST.siren, 'out'],
      ['78571', 'in'],
      ['=HYPERLINK("https://example.org")', 'other'],
    ]);
    expect(errors).toEqual([]);
  });

  it('is linked from the side panel', async () => {
    const panel = await suite.newPage();
    await panel.goto(
      `chrome-extension://${extension.id}/src/sidepanel/index.html`
    );
    const link = panel.locator('ti-adviser-panel .ti-list-check a');
    const href = await link.evaluate((a: HTMLAnchorElement) => a.href);
    expect(href).toBe(
      `chrome-extension://${extension.id}/src/list-check/index.html`
    );
    const page = await suite.newPage();
    await page.goto(href);
    await page.locator('ti-list-check textarea').waitFor();
  });
});
