/**
 * pnpm bench (components part): in Debian's Chromium, on the built CDN bundle, the service finder's first render
 * with the full catalogue (a compact list of the first results), a filter change, opening a result's details and
 * "show more", against plain DOM building as many results as the finder first shows.
 */
import {launchChromium, serveCdn} from '../e2e/serve.ts';

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bench</title>
<script type="module" src="/ti-components.js"></script></head><body>
<ti-service-finder id="warm"></ti-service-finder>
<script type="module">
  const RUNS = 30;
  const results = (el) => el.shadowRoot?.querySelectorAll('[part="result"]').length ?? 0;
  const total = (el) => Number(el.shadowRoot.querySelector('[part="count"]').textContent.match(/\\d+/)[0]);
  const settled = async (el) => {
    // Updates follow the catalogue promise in microtasks: no timer, so the figure is the render's own.
    for (let i = 0; !results(el); i++) await (i < 100 ? el.updateComplete : new Promise((r) => setTimeout(r)));
    await el.updateComplete;
  };
  const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); return {p50: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)]}; };

  window.bench = async () => {
    await customElements.whenDefined('ti-service-finder');
    const warm = document.getElementById('warm');
    await settled(warm);
    const count = results(warm);
    const schemes = total(warm);
    const first = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const el = document.createElement('ti-service-finder');
      document.body.append(el);
      await settled(el);
      document.body.offsetHeight; // style and layout included
      first.push(performance.now() - t0);
      el.remove();
    }
    const filter = [];
    const boxes = [...warm.shadowRoot.querySelectorAll('input[type="checkbox"]')];
    for (let i = 0; i < RUNS; i++) {
      const box = boxes[i % boxes.length];
      const t0 = performance.now();
      box.click();
      await warm.updateComplete;
      document.body.offsetHeight;
      filter.push(performance.now() - t0);
      box.click();
      await warm.updateComplete;
    }
    const open = [];
    const toggles = () => [...warm.shadowRoot.querySelectorAll('[part="toggle"]')];
    for (let i = 0; i < RUNS; i++) {
      const toggle = toggles()[i % count];
      const t0 = performance.now();
      toggle.click();
      await warm.updateComplete;
      document.body.offsetHeight;
      open.push(performance.now() - t0);
      toggle.click();
      await warm.updateComplete;
    }
    const more = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      warm.shadowRoot.querySelector('[part="show-more"]').click();
      await warm.updateComplete;
      document.body.offsetHeight;
      more.push(performance.now() - t0);
      // A filter ticked and unticked starts the list again from its first page.
      const box = boxes[0];
      box.click();
      await warm.updateComplete;
      box.click();
      await warm.updateComplete;
    }
    const plain = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const list = document.createElement('ul');
      for (let n = 0; n < count; n++) {
        const item = document.createElement('li');
        const article = item.appendChild(document.createElement('article'));
        article.appendChild(document.createElement('h3')).textContent = 'Titre ' + n;
        article.appendChild(document.createElement('p')).textContent = 'Résumé du dispositif, opérateur, montant, statut.';
        list.append(item);
      }
      document.body.append(list);
      document.body.offsetHeight;
      plain.push(performance.now() - t0);
      list.remove();
    }
    return {count, schemes, first: stats(first), filter: stats(filter), open: stats(open), more: stats(more), plain: stats(plain)};
  };
</script></body></html>`;

const site = await serveCdn({'index.html': PAGE});
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => 'bench' in window);
  const r = await page.evaluate(() =>
    (window as unknown as {bench: () => Promise<Record<string, never>>}).bench()
  );
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  type Stats = {p50: number; p95: number};
  const {count, schemes, first, filter, open, more, plain} = r as unknown as {
    count: number;
    schemes: number;
    first: Stats;
    filter: Stats;
    open: Stats;
    more: Stats;
    plain: Stats;
  };
  console.log(
    `\n<ti-service-finder> in Chromium (${await browser.version()}), built CDN bundle, ${schemes} schemes, ${count} shown at first`
  );
  console.log(
    `  first render with the full catalogue: p50 ${ms(first.p50)}, p95 ${ms(first.p95)} (goal 50 ms)`
  );
  console.log(
    `  filter change: p50 ${ms(filter.p50)}, p95 ${ms(filter.p95)} (goal 16 ms)`
  );
  console.log(
    `  open a result's details: p50 ${ms(open.p50)}, p95 ${ms(open.p95)}`
  );
  console.log(`  show more: p50 ${ms(more.p50)}, p95 ${ms(more.p95)}`);
  console.log(
    `  baseline plain DOM list of ${count} results: p50 ${ms(plain.p50)}, p95 ${ms(plain.p95)}`
  );
} finally {
  await browser.close();
  await site.close();
}
