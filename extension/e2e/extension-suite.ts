// One test file's extension: the fake API, the fixture pages and the unpacked test build in Chromium, started
// once per file; before each test the API answers as usual and storage is empty; after it, every page the test
// opened is closed (passed or failed: a page left open keeps reporting and would skew the next test).
import {
  startFakeServer,
  type FakeServer,
} from '@ti-toolkit/core/company-api/testing';
import type {Page} from 'playwright-core';
import {afterAll, afterEach, beforeAll, beforeEach} from 'vitest';
import {buildTestExtension} from './build-test-extension.ts';
import {fakeCompanies} from './fake-companies.ts';
import {startFixtureServer, type FixtureServer} from './fixture-server.ts';
import {launchExtension, type LoadedExtension} from './launch-extension.ts';
import {waitFor} from './wait-for.ts';
import {clearStorage} from './worker-state.ts';

export interface ExtensionSuite {
  api: FakeServer;
  pages: FixtureServer;
  extension: LoadedExtension;
  /** A new tab, closed after the test. */
  newPage(): Promise<Page>;
}

export function useExtensionSuite(fixtures?: URL): ExtensionSuite {
  const opened: Page[] = [];
  const suite = {
    async newPage() {
      const page = await suite.extension.context.newPage();
      opened.push(page);
      return page;
    },
  } as ExtensionSuite;

  beforeAll(async () => {
    suite.api = await startFakeServer();
    suite.pages = await startFixtureServer(fixtures);
    suite.extension = await launchExtension(
      await buildTestExtension(suite.api.baseUrl)
    );
    await waitFor(
      async () =>
        (await suite.extension.worker()).evaluate(
          async () =>
            (await chrome.scripting.getRegisteredContentScripts()).length
        ),
      (count) => count === 1,
      {what: 'the content script registration'}
    );
  }, 60_000);

  afterAll(async () => {
    await suite.extension?.close();
    await suite.pages?.close();
    await suite.api?.close();
  });

  beforeEach(async () => {
    suite.api.reset();
    suite.api.reply(fakeCompanies);
    await clearStorage(suite.extension);
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.close()));
  });

  return suite;
}
