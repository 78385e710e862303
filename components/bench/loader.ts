/**
 * pnpm bench (the CDN loader's cost, issue 14 §6): a busy partner page of 30,000 elements (200 of them custom elements
 * with open shadow roots) that changes 300 times per animation frame (attributes, texts, small subtrees added and
 * removed, a tenth of them inside shadow roots) for a few seconds, in Debian's Chromium. Four pages, in the same run:
 * the baseline without any loader, the built ti-components.js, the previous loader (a copy of its algorithm, one
 * `document.querySelector` per tag on every mutation batch), and for reference an observer that only reads the added
 * nodes, what any MutationObserver-based loader pays. No component tag is on the page: the loader keeps
 * watching for all four, its worst case. Figures: the loader's observer callbacks, timed around each call, per frame
 * and per second (at the frame rate reached and at 60 frames a second); and how much longer the page's own changes
 * take than in the baseline, which is the browser queueing mutation records for an observer.
 */
import type {Page} from 'playwright-core';
import {launchChromium, serveCdn} from '../e2e/serve.ts';

const SECONDS = 3;
const ROUNDS = 3;
const CHANGES_PER_FRAME = 300;

const BUSY_PAGE = `
const ELEMENTS = 30000, HOSTS = 200;
class BenchCard extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({mode: 'open'}).innerHTML = '<div><h4>Carte</h4><ul><li><b>a</b></li><li>b</li></ul></div>';
  }
}
customElements.define('bench-card', BenchCard);
// Off-screen blocks skip layout and paint, as on a long modern page: the frames come often, the observer works often.
document.head.append(Object.assign(document.createElement('style'), {
  textContent: 'article { content-visibility: auto; contain-intrinsic-size: auto 120px; }',
}));
const main = document.createElement('main');
// 15 elements a block, 7 more a custom element (itself and its shadow tree).
const ITEM = '<li><b>point</b></li>';
for (let count = 0; count < ELEMENTS - HOSTS * 7; count += 15) {
  const article = document.createElement('article');
  article.innerHTML = '<h3>Titre</h3><p>Texte du bloc</p><ul>' + ITEM.repeat(5) + '</ul><span>fin</span>';
  main.append(article);
}
for (let i = 0; i < HOSTS; i++) main.children[i * 9].append(document.createElement('bench-card'));
document.body.append(main);

// The same changes on every page: a seeded generator (mulberry32).
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const lists = [...main.querySelectorAll('ul')];
const texts = [...main.querySelectorAll('p')];
const spans = [...main.querySelectorAll('span')].map((span) => span.firstChild);
const all = [...main.querySelectorAll('*')];
const shadowLists = [...main.querySelectorAll('bench-card')].map((card) => card.shadowRoot.querySelector('ul'));

// A quarter each: an attribute, a text node's data (how Lit and React update a text), an element's textContent (a
// child list change), an item added to a list and another removed (two child list changes, a tenth in shadow trees).
function change(i) {
  switch (i % 4) {
    case 0: pick(all).setAttribute('data-n', String(i)); break;
    case 1: pick(spans).data = 'fin ' + i; break;
    case 2: pick(texts).textContent = 'Texte ' + i; break;
    default: {
      const list = pick(i % 10 === 3 ? shadowLists : lists);
      const item = document.createElement('li');
      item.innerHTML = '<b>nouveau</b> ' + i;
      list.append(item);
      list.firstElementChild.remove();
    }
  }
}

window.busy = (seconds, perFrame) => new Promise((resolve) => {
  const end = performance.now() + seconds * 1000;
  let frames = 0, changeMs = 0;
  const frame = () => {
    const t0 = performance.now();
    for (let i = 0; i < perFrame; i++) change(frames * perFrame + i);
    changeMs += performance.now() - t0;
    frames++;
    if (performance.now() < end) requestAnimationFrame(frame);
    else resolve({frames, changeMs, elements: document.getElementsByTagName('*').length + HOSTS * 6});
  };
  requestAnimationFrame(frame);
});
`;

// The loader before issue 14 §6, as it was in src/cdn.ts (its imports never run: no tag is on the page).
const OLD_LOADER = `
const COMPONENTS = {'ti-priority-cards': 0, 'ti-service-finder': 0, 'ti-funding-widget': 0, 'ti-territory-card': 0};
const requested = new Set();
function load(root) {
  for (const tag of Object.keys(COMPONENTS)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
  }
}
load(document);
new MutationObserver(() => load(document)).observe(document.documentElement, {childList: true, subtree: true});
`;

// What any loader that watches the page with a MutationObserver pays: reading each record's added nodes, nothing more.
const FLOOR = `
const observer = new MutationObserver((records) => {
  for (let i = 0; i < records.length; i++) {
    const added = records[i].addedNodes;
    for (let j = 0; j < added.length; j++) added[j].nodeType;
  }
});
observer.observe(document, {childList: true, subtree: true});
for (const card of document.querySelectorAll('bench-card')) observer.observe(card.shadowRoot, {childList: true, subtree: true});
`;

// Every MutationObserver callback on the page is timed: the busy page creates none, so it is the loader's.
const TIME_OBSERVERS = `
window.observerMs = 0;
const Native = MutationObserver;
window.MutationObserver = class extends Native {
  constructor(callback) {
    super((records, observer) => {
      const t0 = performance.now();
      try { callback(records, observer); } finally { window.observerMs += performance.now() - t0; }
    });
  }
};
`;

const page = (loader: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bench loader</title></head><body>
<script>${TIME_OBSERVERS}</script>
<script>${BUSY_PAGE}</script>
${loader}
</body></html>`;

const VARIANTS = {
  baseline: page(''),
  'ti-components.js': page(
    '<script type="module" src="/ti-components.js"></script>'
  ),
  'previous loader': page(`<script type="module">${OLD_LOADER}</script>`),
  'floor: added nodes read': page(`<script type="module">${FLOOR}</script>`),
} as const;
type Variant = keyof typeof VARIANTS;
const FILES: Record<Variant, string> = {
  baseline: 'baseline.html',
  'ti-components.js': 'loader.html',
  'previous loader': 'previous.html',
  'floor: added nodes read': 'floor.html',
};

interface Run {
  /** ms of observer callbacks per frame. */
  callback: number;
  /** ms per frame of the page's own changes, which include queueing the mutation records for an observer. */
  changes: number;
  /** Frames per second the busy page reached. */
  fps: number;
  elements: number;
}

async function run(tab: Page, url: string): Promise<Run> {
  await tab.goto(url);
  await tab.waitForFunction(() => 'busy' in window);
  // The loader's first look at the page is over: only the busy seconds count.
  await tab.waitForTimeout(300);
  const observerMs = () =>
    tab.evaluate(() => (window as unknown as {observerMs: number}).observerMs);
  const callbackBefore = await observerMs();
  const t0 = Date.now();
  const {frames, changeMs, elements} = await tab.evaluate(
    ([seconds, perFrame]) =>
      (
        window as unknown as {
          busy(
            s: number,
            n: number
          ): Promise<{frames: number; changeMs: number; elements: number}>;
        }
      ).busy(seconds!, perFrame!),
    [SECONDS, CHANGES_PER_FRAME]
  );
  // The last frame's records reach the observer in a microtask of that frame: counted by now.
  const elapsed = (Date.now() - t0) / 1000;
  const callback = (await observerMs()) - callbackBefore;
  return {
    callback: callback / frames,
    changes: changeMs / frames,
    fps: frames / elapsed,
    elements,
  };
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const pages = Object.fromEntries(
  (Object.keys(VARIANTS) as Variant[]).map((v) => [FILES[v], VARIANTS[v]])
);
const site = await serveCdn(pages);
const browser = await launchChromium();
try {
  const results = new Map<Variant, Run[]>();
  for (let round = 0; round < ROUNDS; round++)
    for (const variant of Object.keys(VARIANTS) as Variant[]) {
      const tab = await browser.newPage();
      const r = await run(tab, `${site.url}/${FILES[variant]}`);
      await tab.close();
      results.set(variant, [...(results.get(variant) ?? []), r]);
    }
  const base = results.get('baseline')!;
  const baseChanges = median(base.map((r) => r.changes));
  console.log(
    `\nCDN loader on a busy page in Chromium (${await browser.version()}): ${base[0]!.elements} elements, ${CHANGES_PER_FRAME} changes a frame for ${SECONDS} s, median of ${ROUNDS} rounds`
  );
  const f = (v: number) => v.toFixed(2);
  console.log(
    `  baseline, no loader: ${median(base.map((r) => r.fps)).toFixed(0)} frames/s, the changes take ${f(baseChanges)} ms a frame`
  );
  for (const variant of [
    'ti-components.js',
    'previous loader',
    'floor: added nodes read',
  ] as const) {
    const runs = results.get(variant)!;
    const callback = median(runs.map((r) => r.callback));
    const fps = median(runs.map((r) => r.fps));
    const queueing = median(runs.map((r) => r.changes)) - baseChanges;
    console.log(
      `  ${variant}: observer ${f(callback)} ms a frame = ${(callback * fps).toFixed(1)} ms/s at its ${fps.toFixed(0)} frames/s, ${(callback * 60).toFixed(1)} ms/s at 60 frames/s${variant === 'ti-components.js' ? ' (goal 10 ms/s)' : ''}; the changes take ${f(queueing)} ms a frame more than the baseline's (records queued)`
    );
  }
} finally {
  await browser.close();
  await site.close();
}
