/**
 * Screenshots for WCAG 1.4.10 (reflow) and 1.4.4 (resize text): each component of the built CDN bundle on a partner
 * page at 320 CSS px (1280 px zoomed to 400 %) and at 640 CSS px with 2 device pixels per CSS pixel (1280 px zoomed
 * to 200 %), into docs/screenshots/reflow/. It also prints anything that scrolls sideways (the CI test fails on it).
 * Run: pnpm --filter @ti-toolkit/components reflow:screenshots
 */
import {mkdirSync} from 'node:fs';
import {
  findOverflow,
  pageHtml,
  prepare,
  REFLOW_PAGES,
} from '../e2e/reflow-pages.ts';
import {launchChromium, serveCdn} from '../e2e/serve.ts';

const out = new URL('../../docs/screenshots/reflow/', import.meta.url).pathname;
// Long pages are cut: the top shows the form, the verdict and the first results, which is what reflow concerns.
const MAX_HEIGHT = 1600;
const MODES = [
  {suffix: '320px', width: 320, deviceScaleFactor: 1},
  {suffix: '1280px-zoom200', width: 640, deviceScaleFactor: 2},
];

mkdirSync(out, {recursive: true});
const site = await serveCdn(
  Object.fromEntries(
    Object.entries(REFLOW_PAGES).map(([name, body]) => [
      `${name}.html`,
      pageHtml(body),
    ])
  )
);
const browser = await launchChromium();
let problems = 0;
try {
  for (const {suffix, width, deviceScaleFactor} of MODES) {
    const context = await browser.newContext({
      viewport: {width, height: 800},
      deviceScaleFactor,
      colorScheme: 'light',
    });
    for (const name of Object.keys(REFLOW_PAGES)) {
      const page = await context.newPage();
      await page.goto(`${site.url}/${name}.html`);
      await prepare(page, name);
      const overflow = await findOverflow(page);
      problems += overflow.length;
      const height = await page.evaluate(
        () => document.documentElement.scrollHeight
      );
      const file = `${out}${name}-${suffix}.png`;
      await page.screenshot({
        path: file,
        fullPage: true,
        clip: {x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT)},
      });
      console.log(
        `${overflow.length ? 'OVERFLOW' : 'ok      '} ${name} at ${suffix}: ${file}`
      );
      for (const line of overflow) console.log(`         ${line}`);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
process.exitCode = problems ? 1 : 0;
