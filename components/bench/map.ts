/**
 * pnpm bench (map part): in Debian's Chromium, on the built CDN bundle, the first render of `<ti-territory-map>` with
 * all 183 territories of 2023-2027 (geometry already loaded by a first map, as for a second map on the page or a
 * re-render), to style and layout and to the next frame; then a territory pointed at (name and outline shown) and one
 * highlighted and framed. Baseline in the same run: the same 183 paths inserted with plain DOM into an SVG of the
 * same size (issue 15 §2: at most 50 ms p50 for the first render).
 */
import {launchChromium, serveCdn} from '../e2e/serve.ts';

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bench</title>
<style>body { margin: 0; width: 1280px; } svg { display: block; width: 100%; height: auto; }</style>
<script type="module" src="/ti-components.js"></script></head><body>
<script type="module">
  const RUNS = 40;
  const shapes = (el) => el.shadowRoot?.querySelectorAll('[part="territory"]').length ?? 0;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const settled = async (el, test) => {
    for (let i = 0; !test(el); i++) await (i < 100 ? el.updateComplete : new Promise((r) => setTimeout(r)));
    await el.updateComplete;
  };
  const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); return {p50: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)]}; };

  window.bench = async () => {
    // The first map of the page: the loader sees the tag, loads the map's code, then the geometry (local server).
    const t0 = performance.now();
    const warm = document.body.appendChild(document.createElement('ti-territory-map'));
    await customElements.whenDefined('ti-territory-map');
    await settled(warm, shapes);
    document.body.offsetHeight;
    const cold = performance.now() - t0;
    const count = shapes(warm);
    const paths = [...warm.shadowRoot.querySelectorAll('path[part="territory"]')].map((p) => p.getAttribute('d'));
    warm.remove();

    const layout = [];
    const painted = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const el = document.createElement('ti-territory-map');
      document.body.append(el);
      await settled(el, shapes);
      document.body.offsetHeight; // style and layout included
      layout.push(performance.now() - start);
      await frame();
      painted.push(performance.now() - start);
      el.remove();
      await frame();
    }

    const plainLayout = [];
    const plainPainted = [];
    const NS = 'http://www.w3.org/2000/svg';
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const svg = document.createElementNS(NS, 'svg');
      svg.setAttribute('viewBox', '0 0 2000 1560');
      for (const d of paths) {
        const path = svg.appendChild(document.createElementNS(NS, 'path'));
        path.setAttribute('d', d);
        path.setAttribute('fill-rule', 'evenodd');
      }
      document.body.append(svg);
      document.body.offsetHeight;
      plainLayout.push(performance.now() - start);
      await frame();
      plainPainted.push(performance.now() - start);
      svg.remove();
      await frame();
    }

    const el = document.createElement('ti-territory-map');
    document.body.append(el);
    await settled(el, shapes);
    const territories = [...el.shadowRoot.querySelectorAll('path[part="territory"]')];
    const point = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      territories[(i * 7) % territories.length].dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await el.updateComplete;
      document.body.offsetHeight;
      point.push(performance.now() - start);
    }
    const highlight = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      el.territory = territories[(i * 11) % territories.length].getAttribute('data-id');
      await el.updateComplete;
      document.body.offsetHeight;
      highlight.push(performance.now() - start);
    }
    return {count, cold, layout: stats(layout), painted: stats(painted), plainLayout: stats(plainLayout),
      plainPainted: stats(plainPainted), point: stats(point), highlight: stats(highlight)};
  };
</script></body></html>`;

const site = await serveCdn({'index.html': PAGE});
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: {width: 1280, height: 1000},
    reducedMotion: 'reduce',
  });
  await page.goto(site.url);
  await page.waitForFunction(() => 'bench' in window);
  type Stats = {p50: number; p95: number};
  const r = (await page.evaluate(() =>
    (window as unknown as {bench: () => Promise<unknown>}).bench()
  )) as {
    count: number;
    cold: number;
    layout: Stats;
    painted: Stats;
    plainLayout: Stats;
    plainPainted: Stats;
    point: Stats;
    highlight: Stats;
  };
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const both = (s: Stats) => `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}`;
  console.log(
    `\n<ti-territory-map> in Chromium (${await browser.version()}), built CDN bundle, ${r.count} territories, 1280 px wide`
  );
  console.log(
    `  first map of the page, its code and geometry downloaded from a local server: ${ms(r.cold)} (one run)`
  );
  console.log(
    `  first render of all territories, to style and layout: ${both(r.layout)} (goal 50 ms p50)`
  );
  console.log(`  the same, to the next frame: ${both(r.painted)}`);
  console.log(
    `  baseline plain DOM, the same ${r.count} paths in an SVG, to layout: ${both(r.plainLayout)}; to the next frame: ${both(r.plainPainted)}`
  );
  console.log(`  a territory pointed at (outline and name): ${both(r.point)}`);
  console.log(`  a territory highlighted and framed: ${both(r.highlight)}`);
} finally {
  await browser.close();
  await site.close();
}
