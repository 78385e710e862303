import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {LANGS, pageFile, pathLang, sitePath} from '../build/lang.ts';
import {openSite, type SiteFixture} from './site-fixture.ts';

let fixture: SiteFixture;

beforeAll(async () => {
  fixture = await openSite();
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

/** The iframe page is one page for both languages: its address's `lang` sets the component's and the page's. */
const ONE_PAGE_FOR_BOTH = ['/embed/'];

/** A built page, its white space folded (the templates break tags over lines). */
const built = (lang: (typeof LANGS)[number], path: string) =>
  readFileSync(
    join(fixture.build.outDir, pageFile(lang, path)),
    'utf8'
  ).replace(/\s+/g, ' ');

/** The page's main text, tags and spaces aside: what a reader reads. */
const mainText = (markup: string) =>
  (/<main[^>]*>([\s\S]*)<\/main>/.exec(markup)?.[1] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the site in French and English (ADR 0022)', {timeout: 30_000}, () => {
  const paths = () =>
    [...new Set(fixture.build.pages.map((address) => pathLang(address).path))]
      .filter((path) => !ONE_PAGE_FOR_BOTH.includes(path))
      .sort();

  it('has every page in both languages, French at the root and English under /en/', () => {
    const missing = paths().flatMap((path) =>
      LANGS.filter(
        (lang) => !fixture.build.pages.includes(sitePath(lang, path))
      ).map((lang) => `${path} (${lang})`)
    );
    expect(missing).toEqual([]);
    expect(paths().length).toBeGreaterThan(10);
  });

  it("says each page's language, links its other language with hreflang, and is translated", () => {
    const problems: string[] = [];
    for (const path of paths()) {
      const [fr, en] = LANGS.map((lang) => built(lang, path));
      for (const [lang, markup] of [
        ['fr', fr!],
        ['en', en!],
      ] as const) {
        if (!markup.includes(`<html lang="${lang}"`))
          problems.push(`${path} (${lang}): html lang`);
        for (const other of LANGS)
          if (
            !markup.includes(
              `<link rel="alternate" hreflang="${other}" href="${sitePath(other, path)}" />`
            )
          )
            problems.push(`${path} (${lang}): no hreflang ${other}`);
        const switchTo = LANGS.find((other) => other !== lang)!;
        if (
          !markup.includes(
            `href="${sitePath(switchTo, path)}" hreflang="${switchTo}"`
          )
        )
          problems.push(`${path} (${lang}): no switch to ${switchTo}`);
      }
      if (mainText(fr!) === mainText(en!))
        problems.push(`${path}: the French and English pages say the same`);
    }
    expect(problems).toEqual([]);
  });

  it("keeps links inside a page's language: no English page links a French page, and back", () => {
    const problems: string[] = [];
    for (const path of paths())
      for (const lang of LANGS) {
        const body = /<body[\s\S]*<\/body>/.exec(built(lang, path))![0];
        for (const [, href] of body.matchAll(/<a [^>]*href="(\/[^"]*)"/g)) {
          const target = pathLang(href!.split(/[?#]/)[0]!);
          const switcher = new RegExp(`href="${href}" hreflang=`).test(body);
          if (
            href!.startsWith('/storybook/') ||
            href!.startsWith('/cdn/') ||
            switcher
          )
            continue;
          if (target.lang !== lang)
            problems.push(`${sitePath(lang, path)} links ${href}`);
        }
      }
    expect(problems).toEqual([]);
  });

  it('answers an unknown address with the 404 page of its language', async () => {
    const page = await fixture.browser.newPage();
    for (const [address, title, lang] of [
      ['/nowhere/', 'Page introuvable', 'fr'],
      ['/en/nowhere/', 'Page not found', 'en'],
    ] as const) {
      const response = await page.goto(`${fixture.site.url}${address}`);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe(title);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    }
    await page.close();
  });
});
