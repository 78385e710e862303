/**
 * pnpm storybook:visual: a screenshot of every story of the built Storybook (storybook-static/) in Debian's Chromium,
 * compared with the committed baselines in components/visual-baselines/ (pixelmatch). Differences go to
 * storybook-visual-report/ (ignored) and fail the run. `--update` (pnpm storybook:visual:update) rewrites the
 * baselines that differ, adds the missing ones and deletes those of removed stories. See docs/storybook.md and
 * docs/decisions/0017-storybook-visual-regression.md.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import pixelmatch from 'pixelmatch';
import {chromium, type Browser, type Page} from 'playwright-core';
import {PNG} from 'pngjs';
import {chromiumPath, serveFolder} from '../components/e2e/serve.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STATIC = join(ROOT, 'storybook-static');
export const BASELINES = join(ROOT, 'components/visual-baselines');
const REPORT = join(ROOT, 'storybook-visual-report');

/** Per-pixel colour distance pixelmatch tolerates (0 to 1; its default), anti-aliased pixels aside. */
export const PIXEL_THRESHOLD = 0.1;
/**
 * Pixels of a story that may differ (beyond PIXEL_THRESHOLD) before it fails. Runs on one machine differ by 0
 * pixels, and a changed digit of muted 16 px text by only 7 to 20 (anti-aliased edges aside): any tolerance would
 * let such a change through. ADR 0017.
 */
export const MAX_DIFF_PIXELS = 0;
const VIEWPORT = {width: 1024, height: 768};
/** The clock of every story: the catalogue's "review is old" notice, for one, depends on the date. */
const NOW = new Date('2026-12-01T09:00:00Z');
const PAGES = 2;
const STORY_TIMEOUT = 30_000;
/** Screenshots are opaque: RGB, and zlib's filtered strategy, make baselines a quarter smaller than RGBA. */
const encode = (png: PNG): Buffer =>
  PNG.sync.write(png, {colorType: 2, deflateLevel: 9, deflateStrategy: 1});

/**
 * A story's file name in ASCII: story ids keep the titles' accents ("aides-et-éligibilité"), which git quotes and
 * some file systems store decomposed, so that a baseline would not be found under the same name everywhere.
 */
const fileName = (id: string): string =>
  id.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

export interface Comparison {
  differing: number;
  total: number;
  diff?: PNG;
}

/** Compares two screenshots: sizes first, then pixels (pixelmatch, anti-aliasing ignored). */
export function compare(expected: PNG, actual: PNG): Comparison {
  const total = actual.width * actual.height;
  if (expected.width !== actual.width || expected.height !== actual.height)
    return {differing: total, total};
  const diff = new PNG({width: actual.width, height: actual.height});
  const differing = pixelmatch(
    expected.data,
    actual.data,
    diff.data,
    actual.width,
    actual.height,
    {threshold: PIXEL_THRESHOLD}
  );
  return {differing, total, diff};
}

export const fails = ({differing}: Comparison): boolean =>
  differing > MAX_DIFF_PIXELS;

type PreviewWindow = {
  __STORYBOOK_PREVIEW__?: {currentRender?: {id?: string; phase?: string}};
  __STORYBOOK_ADDONS_CHANNEL__?: {emit(event: string, data: unknown): void};
};

/**
 * Shows a story and waits until Storybook has run its play function and finished with it. The first story loads
 * the iframe; the next ones are switched to in the same page, as the Storybook UI does, so that the bundle and the
 * place tables are parsed once per page rather than once per story.
 */
async function show(page: Page, base: string, id: string): Promise<string> {
  if (page.url().startsWith(`${base}/iframe.html`))
    await page.evaluate(
      (storyId) =>
        (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__!.emit(
          'setCurrentStory',
          {storyId, viewMode: 'story'}
        ),
      id
    );
  // a11y.manual: the story tests run axe; here it would only slow each story down.
  else
    await page.goto(
      `${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`
    );
  const phase = await page.waitForFunction(
    (storyId) => {
      const render = (window as PreviewWindow).__STORYBOOK_PREVIEW__
        ?.currentRender;
      return (
        render?.id === storyId &&
        (render.phase === 'finished' || render.phase === 'errored') &&
        render.phase
      );
    },
    id,
    {timeout: STORY_TIMEOUT}
  );
  return (await phase.jsonValue()) as string;
}

async function screenshot(page: Page, base: string, id: string) {
  const problems: string[] = [];
  const onError = (error: Error) =>
    problems.push(`exception: ${error.message}`);
  page.on('pageerror', onError);
  try {
    if ((await show(page, base, id)) === 'errored')
      problems.push('the story or its play function failed');
    await page.evaluate(async () => {
      window.scrollTo(0, 0);
      await document.fonts.ready;
      await new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(resolve))
      );
    });
    const png = await page.screenshot({
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
    });
    return {png: PNG.sync.read(png), problems};
  } finally {
    page.off('pageerror', onError);
  }
}

async function newPage(browser: Browser, origin: string, offsite: string[]) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    forcedColors: 'none',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  // No network: the stories load their data from the built Storybook.
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      offsite.push(route.request().url());
      return route.abort();
    }
  );
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  return page;
}

async function main(update: boolean): Promise<number> {
  const started = performance.now();
  if (!existsSync(join(STATIC, 'index.json'))) {
    console.error(
      'storybook-static/ is missing: run `pnpm storybook:build` first.'
    );
    return 1;
  }
  const index = JSON.parse(
    readFileSync(join(STATIC, 'index.json'), 'utf8')
  ) as {
    entries: Record<string, IndexEntry>;
  };
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .sort((a, b) => a.id.localeCompare(b.id));
  mkdirSync(BASELINES, {recursive: true});
  rmSync(REPORT, {recursive: true, force: true});

  const site = await serveFolder(STATIC);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--force-color-profile=srgb',
      '--font-render-hinting=none',
    ],
  });
  const failures: string[] = [];
  const written: string[] = [];
  const offsite: string[] = [];
  let largest = 0;
  try {
    // Each page gets the same stories in the same order on every run (every PAGES-th story), so that nothing a
    // story leaves behind in its page can differ from one run to the next.
    const worker = async (first: number) => {
      const page = await newPage(browser, site.url, offsite);
      for (const story of stories.filter((_, i) => i % PAGES === first)) {
        const label = `${story.title} › ${story.name} (${story.id})`;
        const name = fileName(story.id);
        const file = join(BASELINES, `${name}.png`);
        let shot;
        try {
          shot = await screenshot(page, site.url, story.id);
        } catch (error) {
          failures.push(`${label}: ${(error as Error).message.split('\n')[0]}`);
          continue;
        }
        if (shot.problems.length)
          failures.push(`${label}: ${shot.problems.join('; ')}`);
        const expected = existsSync(file)
          ? PNG.sync.read(readFileSync(file))
          : undefined;
        const result = expected && compare(expected, shot.png);
        if (result && !fails(result)) {
          largest = Math.max(largest, result.differing);
          continue;
        }
        if (update) {
          writeFileSync(file, encode(shot.png));
          written.push(story.id);
          continue;
        }
        mkdirSync(REPORT, {recursive: true});
        writeFileSync(join(REPORT, `${name}.actual.png`), encode(shot.png));
        if (!expected) {
          failures.push(`${label}: no baseline`);
          continue;
        }
        writeFileSync(join(REPORT, `${name}.expected.png`), encode(expected));
        if (result!.diff)
          writeFileSync(join(REPORT, `${name}.diff.png`), encode(result!.diff));
        failures.push(
          result!.diff
            ? `${label}: ${result!.differing} pixels differ (${((100 * result!.differing) / result!.total).toFixed(3)} %)`
            : `${label}: size ${shot.png.width}×${shot.png.height}, baseline ${expected.width}×${expected.height}`
        );
      }
      await page.context().close();
    };
    await Promise.all(Array.from({length: PAGES}, (_, i) => worker(i)));
  } finally {
    await browser.close();
    await site.close();
  }

  const ids = new Set(stories.map((story) => `${fileName(story.id)}.png`));
  const orphans = readdirSync(BASELINES).filter(
    (name) => name.endsWith('.png') && !ids.has(name)
  );
  if (update) for (const name of orphans) rmSync(join(BASELINES, name));
  else
    for (const name of orphans)
      failures.push(
        `${name}: a baseline without a story (deleted or renamed story)`
      );
  for (const url of new Set(offsite))
    failures.push(`request outside the built Storybook, blocked: ${url}`);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (update)
    console.log(
      `storybook:visual:update: ${stories.length} stories in ${seconds} s; ${written.length} baselines written, ${orphans.length} deleted (components/visual-baselines/).`
    );
  if (failures.length) {
    console.error(
      `storybook:visual: ${failures.length} problem(s) in ${stories.length} stories (${seconds} s):\n` +
        failures.map((failure) => `  - ${failure}`).join('\n') +
        (update
          ? ''
          : `\nActual, expected and diff images: storybook-visual-report/. After reviewing a wanted change: pnpm storybook:visual:update`)
    );
    return 1;
  }
  if (!update)
    console.log(
      `storybook:visual: ${stories.length} stories match their baselines (${seconds} s; at most ${largest} pixels differ, ${MAX_DIFF_PIXELS} allowed).`
    );
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  process.exitCode = await main(process.argv.includes('--update'));
