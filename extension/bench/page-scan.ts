/**
 * pnpm bench (extension part): the page scan of a 1 MB, 80,000-element page in Debian's Chromium (the text by
 * scanPage, the companies and default choice by the core's findPageCompanies), against
 * `document.body.innerText` and a regular expression measured in the same page (product.md: at most 10 ms
 * median, no task over 50 ms). The first scan of the page and a scan after a change are timed apart.
 */
import {chromium} from 'playwright-core';
import {build, type Rolldown} from 'vite';
import type {PageScanFigures, ScanTimings, Timings} from './in-page.ts';

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
  const scans = (name: string, t: ScanTimings) => {
    console.log(`  ${name}: ${row(t.total)} (goal 10 ms p50)`);
    console.log(`    of which the text (scanPage): ${row(t.text)}`);
    console.log(
      `    of which the companies (findPageCompanies): ${row(t.companies)}`
    );
    console.log(
      `    then PageScan.seen for the default choice (forces style and layout): ${row(t.seen)}`
    );
    console.log(
      `    longest slice ${ms(t.longestSlice)}, ${t.slices.toFixed(1)} slices per scan, ` +
        `${t.longTasks.length} tasks over 50 ms (goal 0)${t.longTasks.length ? `: ${t.longTasks.map(ms).join(', ')}` : ''}`
    );
  };
  console.log(
    `\nPage scan in Chromium (${browser.version()}): ${(r.htmlLength / 1e6).toFixed(2)} MB of HTML, ` +
      `${r.elements} elements, ${(r.textLength / 1e3).toFixed(0)} kB of text; ${r.found} companies, ` +
      `${r.chosen ?? 'none'} chosen (${r.seenCalls} seen checks)`
  );
  scans('first scan of the page (whole page walked)', r.first);
  scans('scan after a change (one paragraph read again)', r.afterChange);
  console.log(
    `  baseline innerText + regex, layout done: ${row(r.innerTextRegex)}; ${r.innerTextFound} matches, ` +
      `first read after building the page ${ms(r.innerTextCold)}`
  );
  console.log(
    `  ratio baseline / page scan (p50): first scan ${(r.innerTextRegex.median / r.first.total.median).toFixed(1)}x, ` +
      `after a change ${(r.innerTextRegex.median / r.afterChange.total.median).toFixed(1)}x`
  );
} finally {
  await browser.close();
}
