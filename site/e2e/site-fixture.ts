// Test and screenshot helper: builds the site into a temporary folder, serves it on 127.0.0.1 and opens Chromium.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {launchChromium} from '../../components/e2e/serve.ts';
import {buildSite, type SiteBuild} from '../build/build-site.ts';
import {startSiteServer, type RunningSite} from '../server/site-server.ts';

export interface SiteFixture {
  build: SiteBuild;
  site: RunningSite;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(
  options: {storybookDir?: string} = {}
): Promise<SiteFixture> {
  const outDir = mkdtempSync(join(tmpdir(), 'ti-site-'));
  const build = await buildSite(outDir);
  const [site, browser] = await Promise.all([
    startSiteServer({
      root: outDir,
      storybookDir: options.storybookDir ?? join(outDir, 'no-storybook'),
      port: 0,
    }),
    launchChromium(),
  ]);
  return {
    build,
    site,
    browser,
    async close() {
      await browser.close();
      await site.close();
      rmSync(outDir, {recursive: true, force: true});
    },
  };
}

/** What went wrong on a page: console errors, uncaught exceptions, failed responses, requests to other origins. */
export function watchPage(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`exception: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin)
      problems.push(`other origin: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8'
);

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: {target: unknown[]}[];
}

/** Makes axe-core available in every page of the context (an init script: the pages' CSP does not apply). */
export const withAxe = (context: BrowserContext) =>
  context.addInitScript({content: axeSource});

/** Runs axe-core (see withAxe) and returns the violations, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(
    async () =>
      (
        await (
          window as unknown as {
            axe: {
              run(options: object): Promise<{violations: AxeViolation[]}>;
            };
          }
        ).axe.run({resultTypes: ['violations']})
      ).violations
  );
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`
  );
}
