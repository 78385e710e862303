// One test file's partner site for vitest: kept apart from serve.ts, which benchmarks and scripts use too.
import {afterAll, beforeAll} from 'vitest';
import {launchChromium, serveCdn, type CdnSite} from './serve.ts';
import type {Browser} from 'playwright-core';

export interface CdnSuite {
  site: CdnSite;
  browser: Browser;
}

/**
 * One test file's partner site: the CDN bundle built and served with `pages` (read once, before the tests) and
 * Chromium started, both closed after the file's tests.
 */
export function useCdnSite(pages: () => Record<string, string>): CdnSuite {
  const suite = {} as CdnSuite;
  beforeAll(async () => {
    suite.site = await serveCdn(pages());
    suite.browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.site?.close();
  });
  return suite;
}
