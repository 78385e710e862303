// The page side of `pnpm bench` (page-scan.ts bundles it): builds the 1 MB bench page in the document, then
// times scanPage against the naive way, document.body.innerText and a regular expression, in the same page.
import {findCompanyIds} from '@ti-toolkit/core/identifiers';
import {buildBenchPage} from '../src/page-scan/bench-page.ts';
import {collectText} from '../src/page-scan/collect-text.ts';
import {scanPage} from '../src/page-scan/scan-page.ts';

/** Milliseconds, sorted. */
export interface Timings {
  median: number;
  p95: number;
  max: number;
}

export interface PageScanFigures {
  htmlLength: number;
  elements: number;
  textLength: number;
  found: number;
  /** scanPage from call to result, yields included. */
  scan: Timings;
  /** The longest slice of work between two yields, over all runs. */
  longestSlice: number;
  slices: number;
  /** Durations of the tasks over 50 ms seen by a PerformanceObserver during the scanPage runs. */
  longTasks: number[];
  collect: Timings;
  findIds: Timings;
  innerTextRegex: Timings;
  /** The first innerText read after the page was built: style and layout of the whole page included. */
  innerTextCold: number;
  innerTextFound: number;
}

const RUNS = 30;

function timings(values: number[]): Timings {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
  return {median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]!};
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
// What scanPage yields with by default; setTimeout would add its 4 ms clamp to nested timers.
const yieldToMain = (): Promise<void> =>
  (
    globalThis as unknown as {scheduler: {yield(): Promise<void>}}
  ).scheduler.yield();

// The naive way an extension reads a page: what the user sees, then one pattern for 9 or 14 digits.
const NAIVE = /\b\d{3}[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{5})?\b/g;

async function measure(): Promise<PageScanFigures> {
  const page = buildBenchPage(document.body);
  const longTaskEntries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) =>
    longTaskEntries.push(...list.getEntries())
  );

  // The naive way first, on a fresh page: its first read pays for style and layout.
  await nextTask();
  let start = performance.now();
  let innerTextFound = (document.body.innerText.match(NAIVE) ?? []).length;
  const innerTextCold = performance.now() - start;
  // Both ways run warm: the JIT has compiled the scan, and innerText reads a layout already done.
  for (let run = 0; run < 5; run++) {
    await nextTask();
    await scanPage(document.body);
  }
  const naive: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await nextTask();
    start = performance.now();
    innerTextFound = (document.body.innerText.match(NAIVE) ?? []).length;
    naive.push(performance.now() - start);
  }

  const collect: number[] = [];
  const findIds: number[] = [];
  let text = '';
  for (let run = 0; run < RUNS; run++) {
    await nextTask();
    start = performance.now();
    text = collectText(document.body).text;
    const middle = performance.now();
    findCompanyIds(text);
    findIds.push(performance.now() - middle);
    collect.push(middle - start);
  }

  observer.observe({type: 'longtask', buffered: false});
  const scan: number[] = [];
  let longestSlice = 0;
  let slices = 0;
  let found = 0;
  for (let run = 0; run < RUNS; run++) {
    await nextTask();
    let sliceStart = performance.now();
    const scanStart = sliceStart;
    const companies = await scanPage(document.body, {
      yieldToMain: async () => {
        longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
        slices++;
        await yieldToMain();
        sliceStart = performance.now();
      },
    });
    const end = performance.now();
    longestSlice = Math.max(longestSlice, end - sliceStart);
    slices++;
    scan.push(end - scanStart);
    found = companies.length;
  }
  await nextTask();
  observer.disconnect();

  return {
    htmlLength: page.htmlLength,
    elements: page.elements,
    textLength: text.length,
    found,
    scan: timings(scan),
    longestSlice,
    slices: slices / RUNS,
    longTasks: longTaskEntries.map((entry) => entry.duration),
    collect: timings(collect),
    findIds: timings(findIds),
    innerTextRegex: timings(naive),
    innerTextCold,
    innerTextFound,
  };
}

(window as unknown as {tiBench: typeof measure}).tiBench = measure;
