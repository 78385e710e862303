import {existsSync, readdirSync, readFileSync} from 'node:fs';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {useCdnSite} from './cdn-suite.ts';
import type {CdnSite} from './serve.ts';

// The hostile corpus (hostile/README.md): pages in hostile/pages/*.html, attribute values in
// hostile/payloads.json. Every case must end with 0 payload runs, 0 CSP or Trusted Types violations,
// 0 errors, nothing injected in our shadow roots and only https: links there.

const corpusDir = new URL('./hostile/', import.meta.url);
const pageFiles = readdirSync(new URL('pages/', corpusDir)).sort();
const hostilePages = pageFiles.filter((file) => file.endsWith('.html'));

const manifestFile = new URL('../custom-elements.json', import.meta.url);
interface Manifest {
  modules: {
    declarations?: {tagName?: string; attributes?: {name: string}[]}[];
  }[];
}
/** Every attribute of every component, as documented: a new attribute is covered without editing the test. */
function componentAttributes(): Record<string, string[]> {
  if (!existsSync(manifestFile))
    throw new Error('run `pnpm run components:manifest` first');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const tags: Record<string, string[]> = {};
  for (const declaration of manifest.modules.flatMap(
    (m) => m.declarations ?? []
  ))
    if (declaration.tagName)
      tags[declaration.tagName] = [
        ...(declaration.attributes ?? []).map((a) => a.name),
        // Global attributes our components read (language, and an id other elements refer to by `for`).
        'lang',
        'id',
        'dir',
      ];
  return tags;
}

// Read with JSON.parse: the corpus holds lone surrogates, which Vite's JSON import refuses.
const corpus = JSON.parse(
  readFileSync(new URL('payloads.json', corpusDir), 'utf8')
) as {
  payloads: {
    name: string;
    value: string;
    repeat?: number;
    notInUrl?: boolean;
  }[];
};
const payloads = corpus.payloads.map(({name, value, repeat, notInUrl}) => ({
  name,
  value: value.repeat(repeat ?? 1),
  inUrl: !notInUrl,
}));

let site: CdnSite;
let browser: Browser;

const suite = useCdnSite(() => {
  const pages: Record<string, string> = {
    'probe.js': readFileSync(new URL('probe.js', corpusDir), 'utf8'),
    'payload-host.html': readFileSync(
      new URL('payload-host.html', corpusDir),
      'utf8'
    ),
    'canary.html': readFileSync(new URL('canary.html', corpusDir), 'utf8'),
    'canary.js': readFileSync(new URL('canary.js', corpusDir), 'utf8'),
  };
  for (const file of pageFiles)
    pages[file] = readFileSync(new URL(`pages/${file}`, corpusDir), 'utf8');
  return pages;
});
beforeAll(() => void ({site, browser} = suite));

interface Watched {
  page: Page;
  errors: string[];
}

async function open(path: string): Promise<Watched> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The payloads' own requests (an image at "x") fail: that is the page's markup, not our code.
    if (
      message.type() === 'error' &&
      !message.text().startsWith('Failed to load resource')
    )
      errors.push(`console: ${message.text()}`);
  });
  // /v2/ is a second copy of the bundle: the same files under another address, so another module graph.
  await page.route('**/v2/**', async (route) => {
    const url = route.request().url().replace('/v2/', '/');
    await route.fulfill({response: await route.fetch({url})});
  });
  await page.goto(`${site.url}/${path}`);
  return {page, errors};
}

interface Outcome {
  xss: number;
  violations: string[];
  failures: string[];
  /** Links in our shadow roots that are not https: (but a report link to our own server). */
  badLinks: string[];
  /** Elements in our shadow roots that our templates never render: markup that came from data. */
  injected: string[];
}

/** Reads the page's counters and walks every shadow root of our elements. */
async function outcome(page: Page): Promise<Outcome> {
  // An injected image's error fires after its request fails: give it time.
  await page.waitForTimeout(200);
  return page.evaluate(() => {
    const w = window as unknown as {
      __xss: number;
      __violations: string[];
      __failures: string[];
    };
    const badLinks: string[] = [];
    const injected: string[] = [];
    const visit = (root: Document | ShadowRoot, ours: boolean) => {
      for (const element of root.querySelectorAll('*')) {
        if (ours) {
          // The maps' own drawings (the territory map, the card's small map) are the only svg our templates render.
          const mapDrawing =
            element.matches('svg[part="map"]') &&
            root instanceof ShadowRoot &&
            ['ti-territory-map', 'ti-territory-card'].includes(
              root.host.localName
            );
          if (
            element.matches(
              'img, script, svg, iframe, object, embed, style[onload], [srcdoc]'
            ) &&
            !mapDrawing
          )
            injected.push(element.outerHTML.slice(0, 120));
          for (const attribute of element.getAttributeNames())
            if (attribute.startsWith('on'))
              injected.push(`${element.localName}[${attribute}]`);
          if (element.matches('a[href], area[href]')) {
            const url = new URL((element as HTMLAnchorElement).href);
            // The one exception (ADR 0011): "report an error" may lead to the server of the components' own code,
            // which is this http test server.
            const ownReport =
              element.closest('[part="report"]') !== null &&
              url.origin === location.origin;
            if (url.protocol !== 'https:' && !ownReport)
              badLinks.push(url.href);
          }
        }
        if (element.shadowRoot)
          visit(
            element.shadowRoot,
            ours || element.localName.startsWith('ti-')
          );
      }
    };
    visit(document, false);
    return {
      xss: w.__xss,
      violations: w.__violations,
      failures: w.__failures,
      badLinks,
      injected,
    };
  });
}

const clean: Outcome = {
  xss: 0,
  violations: [],
  failures: [],
  badLinks: [],
  injected: [],
};

describe('the checks themselves', {timeout: 30_000}, () => {
  it('catch a run, injected markup and non-https links in a ti- shadow root (hostile/canary.html)', async () => {
    const {page} = await open('canary.html');
    await page.waitForFunction(
      () => (window as unknown as {__xss: number}).__xss > 0
    );
    const found = await outcome(page);
    expect(found.xss).toBe(1);
    expect(found.injected).toEqual([
      expect.stringContaining('<img'),
      'img[onerror]',
    ]);
    expect(found.badLinks).toEqual([
      'javascript:void 0',
      'http://example.org/',
    ]);
    await page.close();
  });
});

describe('hostile partner pages (hostile/pages)', {timeout: 60_000}, () => {
  it.each(hostilePages)('%s', async (file) => {
    const {page, errors} = await open(file);
    const ready = JSON.parse(
      (await page.locator('body').getAttribute('data-ready')) ?? '[]'
    ) as string[];
    for (const selector of ready)
      // A first answer loads the commune tables: seconds when the suites share two cores.
      await page.locator(selector).first().waitFor({timeout: 40_000});
    expect(await outcome(page)).toEqual(clean);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe(
  'hostile attribute values (hostile/payloads.json)',
  {timeout: 30_000},
  () => {
    const attributes = componentAttributes();
    // One page for all values (the bundle and its data load once); each case starts from an empty body.
    let host: Watched;
    beforeAll(async () => {
      host = await open('payload-host.html');
      await host.page.evaluate(async (tags) => {
        for (const tag of tags)
          document.body.append(document.createElement(tag));
        await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
        // The components load their data lazily: let them, once.
        await new Promise((resolve) => setTimeout(resolve, 500));
      }, Object.keys(attributes));
    }, 30_000);
    afterAll(() => host?.page.close());

    it.each(payloads)(
      '$name: on every attribute of every component',
      async ({value, inUrl}) => {
        const {page, errors} = host;
        errors.length = 0;
        await page.evaluate(
          async ({value, attributes, inUrl}) => {
            const w = window as unknown as {
              __xss: number;
              __failures: string[];
            };
            w.__xss = 0;
            w.__failures = [];
            document.body.replaceChildren();
            history.replaceState(null, '', location.pathname);
            for (const [tag, names] of Object.entries(attributes)) {
              const element = document.createElement(tag);
              for (const name of names)
                if (inUrl || name !== 'url-sync')
                  element.setAttribute(name, value);
              document.body.append(element);
            }
            // A second finder reads the values from the URL, as url-sync does on a crafted link.
            if (inUrl) {
              const params = new URLSearchParams();
              for (const key of [
                'query',
                'place',
                'priority',
                'kind',
                'status',
              ])
                params.set(`ti-${key}`, value);
              history.replaceState(null, '', `?${params}`);
              const synced = document.createElement('ti-service-finder');
              synced.setAttribute('url-sync', '');
              document.body.append(synced);
            }
            const settle = async () => {
              for (const element of document.body.children)
                await (element as Element & {updateComplete?: Promise<unknown>})
                  .updateComplete;
            };
            await settle();
            // Place answers come from lazily loaded tables: let them arrive and render.
            await new Promise((resolve) => setTimeout(resolve, 100));
            await settle();
          },
          {value, attributes, inUrl}
        );
        // The same value typed by a visitor into the finder's search and place fields.
        for (const field of await page
          .locator(
            'ti-service-finder:not([id]) input:is([type="search"], [type="text"])'
          )
          .all())
          await field.fill(value.slice(0, 20_000));
        expect(await outcome(page)).toEqual(clean);
        expect(errors).toEqual([]);
      }
    );
  }
);
