/**
 * pnpm bench (extension part): the page scan of a 1 MB, 80,000-element page in Debian's Chromium, against
 * `document.body.innerText` and a regular expression measured in the same page (product.md: at most 10 ms
 * median, no task over 50 ms).
 */
import {chromium} from 'playwright-core';
import {build, type Rolldown} from 'vite';
import type {PageScanFigures, Timings} from './in-page.ts';

const chromiumPath = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';

// The page side as one classic script: no server needed, the page is set from a string.
async function bundleInPage(): Promise<string> {
  const output = (await build({
    configFile: false,
    root: new URL('..', import.meta.url).pathname,
    logLevel: 'error',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: new URL('in-page.ts', import.meta.url).pathname,
        formats: ['iife'],
        name: 'tiPageScanBench',
      },
    },
  })) as Rolldown.RolldownOutput[];
  return output[0]!.output[0].code;
}

const script = await bundleInPage();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.setContent(
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bench</title></head><body></body></html>'
  );
  await page.addScriptTag({content: script});
  const r = await page.evaluate(() =>
    (window as unknown as {tiBench: () => Promise<PageScanFigures>}).tiBench()
  );
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const row = (t: Timings) =>
    `p50 ${ms(t.median)}, p95 ${ms(t.p95)}, max ${ms(t.max)}`;
  console.log(
    `\nPage scan in Chromium (${browser.version()}): ${(r.htmlLength / 1e6).toFixed(2)} MB of HTML, ` +
      `${r.elements} elements, ${(r.textLength / 1e3).toFixed(0)} kB of text`
  );
  console.log(
    `  scanPage (collect + scan + rank, sliced): ${row(r.scan)}; ${r.found} companies (goal 10 ms p50)`
  );
  console.log(
    `    longest slice ${ms(r.longestSlice)}, ${r.slices.toFixed(1)} slices per scan, ` +
      `${r.longTasks.length} tasks over 50 ms (goal 0)${r.longTasks.length ? `: ${r.longTasks.map(ms).join(', ')}` : ''}`
  );
  console.log(`    of which collecting the text: ${row(r.collect)}`);
  console.log(`    of which findCompanyIds on it: ${row(r.findIds)}`);
  console.log(
    `  baseline innerText + regex, layout done: ${row(r.innerTextRegex)}; ${r.innerTextFound} matches, ` +
      `first read after building the page ${ms(r.innerTextCold)}`
  );
  console.log(
    `  ratio baseline / scanPage (p50): ${(r.innerTextRegex.median / r.scan.median).toFixed(1)}x`
  );
} finally {
  await browser.close();
}
