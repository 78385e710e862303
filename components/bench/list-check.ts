/**
 * Benchmark of `<ti-list-check>` (issue 16 §4): in Debian's Chromium, on the built CDN bundle, 1,000 different
 * SIRETs checked through the component against a local fake company API that answers each request in 150 ms.
 * The client's limits (5 requests a second, 2 in flight) set a floor of 1,000 / 5 = 200 s: the wall time is printed
 * beside it, with the requests the server saw, the most in flight at once, and the longest gap between two frames
 * while the table filled in (the page stays responsive or it does not). Run: `pnpm tsx components/bench/list-check.ts`
 * (about four minutes).
 */
import {
  startFakeServer,
  type Reply,
} from '../../packages/core/src/company-api/fake-server.ts';
import {
  answerFor,
  validSirens,
} from '../../packages/core/src/company-api/fixtures.ts';
import {launchChromium, serveCdn} from '../e2e/serve.ts';

const COUNT = Number(process.env.BENCH_COUNT ?? 1000);
const LATENCY_MS = 150;
const FLOOR_S = COUNT / 5;

/** A SIRET of `siren`: establishment number 0001 and the check digit that makes the 14 digits pass Luhn. */
function siretOf(siren: string): string {
  for (let check = 0; check <= 9; check++) {
    const candidate = `${siren}0001${check}`;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let digit = Number(candidate[13 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error(`no SIRET for ${siren}`);
}

const sirets = validSirens(COUNT).map(siretOf);
const csv = `siret\n${sirets.join('\n')}\n`;

// The public API answers with CORS headers; the fake one must too, the page being on another origin.
const slow: Reply = (_request, response, url) => {
  setTimeout(() => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
    });
    response.end(JSON.stringify(answerFor(url.searchParams.get('q') ?? '')));
  }, LATENCY_MS);
};

const api = await startFakeServer();
api.reply(slow);

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bench</title>
<script type="module" src="/ti-components.js"></script></head><body>
<ti-list-check company-api="${api.baseUrl}" no-store></ti-list-check>
<script type="module">
  window.bench = async (csv) => {
    await customElements.whenDefined('ti-list-check');
    const el = document.querySelector('ti-list-check');
    await el.updateComplete;
    let longestGap = 0;
    let last = performance.now();
    let running = true;
    const tick = (now) => {
      longestGap = Math.max(longestGap, now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // Time spent rendering the component (template and DOM), apart from style and layout.
    let renders = 0;
    let renderMs = 0;
    const update = el.update;
    el.update = function (changed) {
      const t = performance.now();
      update.call(this, changed);
      renders++;
      renderMs += performance.now() - t;
    };
    const longTasks = [];
    new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({type: 'longtask'});
    let first = null;
    const start = performance.now();
    el.addEventListener('ti-list-progress', () => (first ??= performance.now() - start), {once: true});
    const done = new Promise((resolve) => el.addEventListener('ti-list-done', (e) => resolve(e.detail), {once: true}));
    await el.check(csv, 'bench.csv');
    const detail = await done;
    const wall = performance.now() - start;
    running = false;
    await el.updateComplete;
    return {wall, first, longestGap, renders, renderMs, longTasks: {count: longTasks.length, total: longTasks.reduce((a, b) => a + b, 0)}, counts: detail.counts, rows: el.shadowRoot.querySelectorAll('tbody tr').length};
  };
</script></body></html>`;

const site = await serveCdn({'index.html': PAGE});
const browser = await launchChromium();
try {
  const page = await browser.newPage({viewport: {width: 1280, height: 1000}});
  await page.goto(site.url);
  await page.waitForFunction(() => 'bench' in window);
  api.reset();
  api.reply(slow);
  const r = (await page.evaluate(
    (text) =>
      (window as unknown as {bench: (csv: string) => Promise<unknown>}).bench(
        text
      ),
    csv
  )) as {
    wall: number;
    first: number;
    longestGap: number;
    longTasks: {count: number; total: number};
    renders: number;
    renderMs: number;
    counts: Record<string, number>;
    rows: number;
  };
  const s = r.wall / 1000;
  console.log(
    `\n<ti-list-check> in Chromium (${await browser.version()}), built CDN bundle, ${COUNT} SIRETs, fake API answering in ${LATENCY_MS} ms`
  );
  console.log(
    `  wall time ${s.toFixed(1)} s; rate-limit floor ${FLOOR_S} s (${COUNT} / 5 per second): ${((s / FLOOR_S - 1) * 100).toFixed(1)} % above it`
  );
  console.log(
    `  requests seen by the API: ${api.requests.length}; most in flight at once: ${api.maxConcurrent} (limit 2)`
  );
  console.log(
    `  first row answered after ${r.first.toFixed(0)} ms; rows on the table's first page: ${r.rows}; outcomes ${JSON.stringify(r.counts)}`
  );
  console.log(
    `  renders: ${r.renders}, ${(r.renderMs / 1000).toFixed(1)} s in all (${(r.renderMs / r.renders).toFixed(1)} ms each on average)`
  );
  console.log(
    `  longest gap between two frames while the table filled in: ${r.longestGap.toFixed(0)} ms; long tasks (over 50 ms): ${r.longTasks.count}, ${(r.longTasks.total / 1000).toFixed(1)} s in all`
  );
} finally {
  await browser.close();
  await site.close();
  await api.close();
}
