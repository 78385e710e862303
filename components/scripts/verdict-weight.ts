/**
 * What a partner page downloads, JavaScript and data, until its components have answered (issue 14 §3, ADR 0016):
 * the CDN build (components/cdn/) served on 127.0.0.1, one page per scenario opened in Debian's Chromium, every
 * file the page fetched counted at its gzip size (level 9, as check-size.ts counts). A scenario with a budget fails
 * past it: a territory card's verdict with its reason, by INSEE code, postcode or SIREN, at most 120 KiB.
 *
 * Run alone: `tsx components/scripts/verdict-weight.ts [CDN_DIR]` prints the table (figures in BENCHMARKS.md);
 * check-size.ts runs it after the build's budgets.
 */
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import {launchChromium, serveFolder} from '../e2e/serve.ts';

export interface Scenario {
  label: string;
  /** The page's elements. */
  body: string;
  /** How many `ti-place-resolve` events mean the page has answered. */
  answers: number;
  /** At most this many bytes (gzip), or no budget. */
  budget?: number;
}

const VERDICT_BUDGET = 120 * 1024;
const card = (place: string) =>
  `<ti-territory-card place="${place}"></ti-territory-card>`;

export const SCENARIOS: Scenario[] = [
  {
    label: 'territory card, place="78810" (postcode, also tried as INSEE code)',
    body: card('78810'),
    answers: 1,
    budget: VERDICT_BUDGET,
  },
  {
    label: 'territory card, place="cp:78810" (postcode)',
    body: card('cp:78810'),
    answers: 1,
    budget: VERDICT_BUDGET,
  },
  {
    label: 'territory card, place="78233" (INSEE code of Feucherolles)',
    body: card('78233'),
    answers: 1,
    budget: VERDICT_BUDGET,
  },
  {
    label: 'territory card, place="siren:200034130" (CC Gally Mauldre)',
    body: card('siren:200034130'),
    answers: 1,
    budget: VERDICT_BUDGET,
  },
  {
    label: 'territory card, place="Feucherolles" (a name: every commune)',
    body: card('Feucherolles'),
    answers: 1,
  },
  {
    label: 'priority cards alone',
    body: '<ti-priority-cards></ti-priority-cards>',
    answers: 0,
  },
  {
    label: 'service finder, place="78810"',
    body: '<ti-service-finder place="78810"></ti-service-finder>',
    answers: 1,
  },
  {
    label: 'funding widget, place="78810"',
    body: '<ti-funding-widget who="company" size="sme" place="78810"></ti-funding-widget>',
    answers: 1,
  },
  {
    label: 'the four components, place="78810"',
    body: [
      '<ti-priority-cards for="finder"></ti-priority-cards>',
      '<ti-service-finder id="finder" place="78810"></ti-service-finder>',
      '<ti-funding-widget who="company" size="sme" place="78810"></ti-funding-widget>',
      card('78810'),
    ].join('\n'),
    answers: 3,
  },
];

export interface Weight {
  scenario: Scenario;
  bytes: number;
  files: string[];
}

const page = (body: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>verdict weight</title>
<script>
  window.tiAnswers = 0;
  document.addEventListener('ti-place-resolve', () => window.tiAnswers++);
</script>
<script type="module" src="/cdn/ti-components.js"></script>
</head><body>
${body}
</body></html>`;

/** Opens each scenario's page on a fresh browser context (empty cache) and sums what it fetched from the CDN. */
export async function verdictWeights(
  cdn: string,
  scenarios: readonly Scenario[] = SCENARIOS
): Promise<Weight[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ti-weight-'));
  cpSync(cdn, join(dir, 'cdn'), {recursive: true});
  scenarios.forEach((s, i) =>
    writeFileSync(join(dir, `${i}.html`), page(s.body))
  );
  const site = await serveFolder(dir);
  const browser = await launchChromium();
  try {
    const weights: Weight[] = [];
    for (const [i, scenario] of scenarios.entries()) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const files = new Set<string>();
      tab.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/cdn/')) files.add(path.slice(1));
      });
      await tab.goto(`${site.url}/${i}.html`);
      await tab.waitForFunction(
        (n) => (window as unknown as {tiAnswers: number}).tiAnswers >= n,
        scenario.answers,
        {timeout: 30_000}
      );
      await tab.waitForLoadState('networkidle');
      const bytes = [...files].reduce(
        (sum, file) =>
          sum + gzipSync(readFileSync(join(dir, file)), {level: 9}).length,
        0
      );
      weights.push({scenario, bytes, files: [...files].sort()});
      await context.close();
    }
    return weights;
  } finally {
    await browser.close();
    await site.close();
    rmSync(dir, {recursive: true, force: true});
  }
}

/** Prints one line per scenario; true when every budget holds. */
export function reportWeights(weights: readonly Weight[]): boolean {
  let ok = true;
  for (const {scenario, bytes, files} of weights) {
    const over = scenario.budget !== undefined && bytes > scenario.budget;
    ok &&= !over;
    const budget =
      scenario.budget === undefined
        ? ''
        : ` (budget ${scenario.budget / 1024} KiB)`;
    console.log(
      `${over ? 'OVER' : 'ok  '} verdict weight, ${scenario.label}: ${(bytes / 1024).toFixed(1)} KiB gzip${budget} - ${files.length} files`
    );
  }
  return ok;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cdn = resolve(
    process.argv[2] ?? new URL('../cdn/', import.meta.url).pathname
  );
  const weights = await verdictWeights(cdn);
  if (process.env.TI_WEIGHT_FILES)
    for (const {scenario, files} of weights)
      console.log(`${scenario.label}:\n  ${files.join('\n  ')}`);
  process.exitCode = reportWeights(weights) ? 0 : 1;
}
