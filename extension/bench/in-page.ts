// The page side of `pnpm bench` (page-scan.ts bundles it): builds the 1 MB bench page in the document, then
// times the page scan (scanPage for the text, the core's findPageCompanies for the companies and the default
// choice, PageScan.seen for the few spans it checks) against the naive way, document.body.innerText and a
// regular expression, in the same page. Two scans are timed: the first scan of the page, and a scan after a
// change, which reads again only what changed (PageTextCache, told of the changes by a MutationObserver).
import {findPageCompanies} from '@ti-toolkit/core/page-companies';
import {buildBenchPage} from '../src/page-scan/bench-page.ts';
import {OBSERVED} from '../src/page-scan/page-mutations.ts';
import {
  PageTextCache,
  scanPage,
  type PageScan,
} from '../src/page-scan/scan-page.ts';

/** Milliseconds, sorted. */
export interface Timings {
  median: number;
  p95: number;
  max: number;
}

/** One way of scanning, timed over RUNS runs. */
export interface ScanTimings {
  /** scanPage + findPageCompanies, from call to result, yields included, the `seen` checks left out. */
  total: Timings;
  /** scanPage alone: the text. */
  text: Timings;
  /** findPageCompanies on the text, its `seen` checks left out. */
  companies: Timings;
  /** The `seen` checks findPageCompanies asks for (they force style and layout of the nodes checked). */
  seen: Timings;
  /** The longest slice of work between two yields, over all runs. */
  longestSlice: number;
  slices: number;
  /** Durations of the tasks over 50 ms seen by a PerformanceObserver during the runs. */
  longTasks: number[];
}

export interface PageScanFigures {
  htmlLength: number;
  elements: number;
  textLength: number;
  found: number;
  chosen: string | null;
  seenCalls: number;
  first: ScanTimings;
  afterChange: ScanTimings;
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

let seenCalls = 0;
let lastChosen: string | null = null;
let lastFound = 0;
let lastTextLength = 0;

/** The content script's pipeline: the text, then the companies and the default choice. */
async function scanAndChoose(
  cache: PageTextCache | undefined,
  slices: {longest: number; count: number}
): Promise<{text: number; companies: number; seen: number}> {
  let sliceStart = performance.now();
  const start = sliceStart;
  const scan: PageScan = await scanPage(document.body, {
    cache,
    yieldToMain: async () => {
      slices.longest = Math.max(slices.longest, performance.now() - sliceStart);
      slices.count++;
      await yieldToMain();
      sliceStart = performance.now();
    },
  });
  const scanned = performance.now();
  let seen = 0;
  const {companies, choice} = findPageCompanies(
    {url: location.href, text: scan.text},
    (index, length) => {
      seenCalls++;
      const before = performance.now();
      const result = scan.seen(index, length);
      seen += performance.now() - before;
      return result;
    }
  );
  const end = performance.now();
  slices.longest = Math.max(slices.longest, end - sliceStart);
  slices.count++;
  lastChosen = choice.siren;
  lastFound = companies.length;
  lastTextLength = scan.text.length;
  return {text: scanned - start, companies: end - scanned - seen, seen};
}

async function timeScans(
  prepare: () => PageTextCache | undefined
): Promise<ScanTimings> {
  const longTaskEntries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) =>
    longTaskEntries.push(...list.getEntries())
  );
  observer.observe({type: 'longtask', buffered: false});
  const slices = {longest: 0, count: 0};
  const total: number[] = [];
  const text: number[] = [];
  const companies: number[] = [];
  const seen: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await nextTask();
    const cache = prepare();
    const times = await scanAndChoose(cache, slices);
    total.push(times.text + times.companies);
    text.push(times.text);
    companies.push(times.companies);
    seen.push(times.seen);
  }
  await nextTask();
  observer.disconnect();
  return {
    total: timings(total),
    text: timings(text),
    companies: timings(companies),
    seen: timings(seen),
    longestSlice: slices.longest,
    slices: slices.count / RUNS,
    longTasks: longTaskEntries.map((entry) => entry.duration),
  };
}

async function measure(): Promise<PageScanFigures> {
  const page = buildBenchPage(document.body);

  // The naive way first, on a fresh page: its first read pays for style and layout.
  await nextTask();
  let start = performance.now();
  let innerTextFound = (document.body.innerText.match(NAIVE) ?? []).length;
  const innerTextCold = performance.now() - start;
  // Both ways run warm: the JIT has compiled the scan, and innerText reads a layout already done.
  for (let run = 0; run < 5; run++) {
    await nextTask();
    await scanAndChoose(undefined, {longest: 0, count: 0});
  }
  const naive: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await nextTask();
    start = performance.now();
    innerTextFound = (document.body.innerText.match(NAIVE) ?? []).length;
    naive.push(performance.now() - start);
  }

  // The first scan of the page: no cache, the whole page walked. Timed after as many runs as the earlier bench
  // made before its scanPage runs (its collect loop): the engine has then compiled the walk and kept the
  // nodes' wrappers, as it has after the content script's first scans of a page.
  for (let run = 0; run < RUNS; run++) {
    await nextTask();
    await scanAndChoose(undefined, {longest: 0, count: 0});
  }
  const first = await timeScans(() => undefined);

  // A scan after a change: one cache for the page, told of each change by an observer, as watchPage does.
  const cache = new PageTextCache(document.body);
  const changes = new MutationObserver(() => {});
  changes.observe(document.body, OBSERVED);
  await scanAndChoose(cache, {longest: 0, count: 0});
  const paragraphs = document.body.getElementsByTagName('p');
  let change = 0;
  const afterChange = await timeScans(() => {
    // A counter, a price, a line of a feed: one paragraph changes somewhere down the page.
    const paragraph = paragraphs[(change++ * 977) % paragraphs.length]!;
    paragraph.lastElementChild!.textContent = `mise à jour ${change}`;
    cache.note(changes.takeRecords());
    return cache;
  });
  changes.disconnect();
  seenCalls = 0;
  await scanAndChoose(undefined, {longest: 0, count: 0});

  return {
    htmlLength: page.htmlLength,
    elements: page.elements,
    textLength: lastTextLength,
    found: lastFound,
    chosen: lastChosen,
    seenCalls,
    first,
    afterChange,
    innerTextRegex: timings(naive),
    innerTextCold,
    innerTextFound,
  };
}

(window as unknown as {tiBench: typeof measure}).tiBench = measure;
