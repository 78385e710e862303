/**
 * pnpm bench (extension part): time from a page's load to its toolbar badge, on a registry-like page, with the
 * company's answer in the cache (storage.local) against the same page with no cache and the fake API answering
 * after 150 ms (a typical round trip to the real API), in the same run. Debian's Chromium, unpacked test build.
 */
import {delayed, startFakeServer} from '@ti-toolkit/core/company-api/testing';
import {buildTestExtension} from '../e2e/build-test-extension.ts';
import {fakeCompanies} from '../e2e/fake-companies.ts';
import {startFixtureServer} from '../e2e/fixture-server.ts';
import {launchExtension} from '../e2e/launch-extension.ts';
import {badgeOf, tabIdOf} from '../e2e/worker-state.ts';

const RUNS = 15;
const API_LATENCY_MS = 150;

const api = await startFakeServer();
api.reply(delayed(API_LATENCY_MS, fakeCompanies));
const pages = await startFixtureServer();
const extension = await launchExtension(await buildTestExtension(api.baseUrl));

async function pageLoadToBadge(keepCache: boolean): Promise<number> {
  const worker = await extension.worker();
  await worker.evaluate(
    (keep) =>
      Promise.all([
        chrome.storage.session.clear(),
        keep ? Promise.resolve() : chrome.storage.local.clear(),
      ]),
    keepCache
  );
  const page = await extension.context.newPage();
  const start = performance.now();
  await page.goto(pages.url('registry-like.html'), {waitUntil: 'commit'});
  const tabId = await tabIdOf(extension, page);
  while ((await badgeOf(extension, tabId)).text !== 'TI') {
    // Each read is a round trip to the worker (about 1 ms): the resolution of the figure.
  }
  const elapsed = performance.now() - start;
  await page.close();
  return elapsed;
}

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {median: at(0.5), p95: at(0.95)};
};

try {
  await pageLoadToBadge(false); // warm-up: worker started, perimeter indexed, cache filled
  const cached: number[] = [];
  const uncached: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    uncached.push(await pageLoadToBadge(false));
    cached.push(await pageLoadToBadge(true));
  }
  const c = stats(cached);
  const u = stats(uncached);
  console.log(
    `\nExtension: page load to badge (${RUNS} runs each, registry-like page)`
  );
  console.log(
    `  cached answer      median ${c.median.toFixed(0)} ms, p95 ${c.p95.toFixed(0)} ms`
  );
  console.log(
    `  no cache (API ${API_LATENCY_MS} ms) median ${u.median.toFixed(0)} ms, p95 ${u.p95.toFixed(0)} ms`
  );
  console.log(
    `  the cache saves ${(u.median - c.median).toFixed(0)} ms at the median`
  );
} finally {
  await extension.close();
  await pages.close();
  await api.close();
}
