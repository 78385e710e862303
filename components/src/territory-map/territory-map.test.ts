import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import phase1 from '@ti-toolkit/data/geometry/territories-2018-2022';
import phase2 from '@ti-toolkit/data/geometry/territories-2023-2027';
import {emulateMedia, sendMouse} from '@web/test-runner-commands';
import {$, $$, text} from '../internal/shadow-queries.ts';
import type {TiTerritoryMap} from './territory-map.component.ts';
import './territory-map.ts';

const drawn = (el: TiTerritoryMap) =>
  new Set(
    $$(el, '[part="territory"]').map((shape) => shape.getAttribute('data-id'))
  );
// The transform asked for, not the computed one: that one moves during the zoom's transition.
const zoom = (el: TiTerritoryMap) =>
  new DOMMatrix($(el, '.ti-zoom')!.style.transform).a;

async function ready(el: TiTerritoryMap, selector = '[part="map"]') {
  await waitUntil(() => $(el, selector), `no ${selector}`, {timeout: 5000});
  await el.updateComplete;
  return el;
}

async function map(template: ReturnType<typeof html>, selector?: string) {
  return ready(await fixture<TiTerritoryMap>(template), selector);
}

/** The point where the territory's label is, in the page: inside its shape. */
function labelPoint(el: TiTerritoryMap, id: string): [number, number] {
  const shape = $<SVGPathElement>(el, `[part="territory"][data-id="${id}"]`)!;
  const label = phase2.territories.find((t) => t.id === id)!.label;
  const point = new DOMPoint(...label).matrixTransform(shape.getScreenCTM()!);
  return [Math.round(point.x), Math.round(point.y)];
}

describe('ti-territory-map', () => {
  it('is accessible with a territory highlighted', async () => {
    const el = await map(
      html`<ti-territory-map territory="ti-8413"></ti-territory-map>`,
      '[part="highlight"]'
    );
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('draws the 183 territories of 2023-2027, the regions and the insets, and highlights none', async () => {
      const el = await map(html`<ti-territory-map></ti-territory-map>`);
      expect(drawn(el).size).to.equal(183);
      expect($$(el, '[part="region"]')).to.have.length(18);
      expect($$(el, '[part="inset"]')).to.have.length(5);
      expect($(el, '[part="highlight"]')).to.equal(null);
      expect($(el, '[part="reset"]')).to.equal(null);
      expect($(el, '[part="map"]')!.getAttribute('role')).to.equal('img');
      expect(text($(el, '[part="caption"]'))).to.equal(
        'Carte des 183 Territoires d’industrie du programme 2023-2027, en cours. Aucun territoire en évidence.'
      );
      expect(text($(el, '[part="source"]'))).to.contain('ANCT');
      expect(text($(el, '[part="source"]'))).to.contain('IGN');
      await expect(el).to.be.accessible();
    });

    it('offers one tab stop for 183 territories: the search field', async () => {
      const el = await map(html`<ti-territory-map></ti-territory-map>`);
      const stops = $$(el, 'a[href], button, input, select, [tabindex]');
      expect(stops.map((s) => s.id)).to.deep.equal(['search']);
    });
  });

  describe('attributes', () => {
    it('highlights and frames a territory by id, and names it', async () => {
      const el = await map(
        html`<ti-territory-map territory="ti-8413"></ti-territory-map>`,
        '[part="highlight"]'
      );
      const shape = phase2.territories.find((t) => t.id === 'ti-8413')!;
      expect($(el, '[part="highlight"]')!.getAttribute('d')).to.equal(shape.d);
      expect(zoom(el)).to.be.greaterThan(1);
      expect(text($(el, '[part="caption"]'))).to.contain(
        'En évidence : Plastics Vallée – Oyonnax (ti-8413).'
      );
      expect(text($(el, '[part="tooltip"]'))).to.equal(shape.name);
      expect($<HTMLInputElement>(el, '[part="search"]')!.value).to.equal(
        shape.name
      );
      expect($(el, '[part="reset"]')).to.not.equal(null);
    });

    it('draws phase 2018-2022 from its own file: a reused id names that phase’s territory', async () => {
      const old = phase1.territories.find((t) => t.id === 'ti-8413')!;
      const current = phase2.territories.find((t) => t.id === 'ti-8413')!;
      expect(old.name).to.not.equal(current.name);
      const el = await map(
        html`<ti-territory-map
          phase="2018-2022"
          territory="ti-8413"
        ></ti-territory-map>`,
        '[part="highlight"]'
      );
      expect(drawn(el).size).to.equal(149);
      const dots = $$(el, 'circle[part="territory"]');
      expect(dots.length).to.be.greaterThan(0);
      // Framed closer, the dots keep their size on screen.
      expect(zoom(el)).to.be.greaterThan(2);
      const {width} = dots[0]!.getBoundingClientRect();
      expect(width).to.be.greaterThan(0).and.lessThan(12);
      expect(text($(el, '[part="caption"]'))).to.contain(
        `programme 2018-2022, terminé. En évidence : ${old.name}`
      );
      expect($(el, '[part="highlight"]')!.getAttribute('d')).to.equal(old.d);
      await expect(el).to.be.accessible();
    });

    it('never carries an id over to the other phase', async () => {
      const el = await map(
        html`<ti-territory-map territory="ti-8413"></ti-territory-map>`,
        '[part="highlight"]'
      );
      el.phase = '2018-2022';
      await waitUntil(() => drawn(el).size === 149, 'phase 1 not drawn', {
        timeout: 5000,
      });
      expect($(el, '[part="highlight"]')).to.equal(null);
      expect(text($(el, '[role="status"].ti-message'))).to.contain(
        '« ti-8413 » a été donné pour le programme 2023-2027'
      );
      await expect(el).to.be.accessible();
      el.phase = '2023-2027';
      await ready(el, '[part="highlight"]');
      expect(text($(el, '[part="tooltip"]'))).to.equal(
        'Plastics Vallée – Oyonnax'
      );
    });

    it('highlights the territory of a place, and says why', async () => {
      const el = document.createElement('ti-territory-map');
      el.place = 'Oyonnax';
      const resolved = oneEvent(el, 'ti-place-resolve');
      document.body.append(el);
      try {
        expect((await resolved).detail.answer.territory?.id).to.equal(
          'ti-8413'
        );
        await ready(el, '[part="highlight"]');
        expect(text($(el, '[part="place"]'))).to.contain('Oyonnax (01283)');
        expect(text($(el, '[part="caption"]'))).to.contain(
          'Plastics Vallée – Oyonnax (ti-8413)'
        );
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('says that a place is in no territory, and highlights none', async () => {
      const el = await map(
        html`<ti-territory-map place="insee:75108"></ti-territory-map>`,
        '[part="place"]'
      );
      expect(text($(el, '[part="place"]'))).to.contain(
        'dans aucun Territoire d’industrie'
      );
      expect($(el, '[part="highlight"]')).to.equal(null);
      expect(text($(el, '[part="caption"]'))).to.contain(
        'Aucun territoire en évidence.'
      );
      await expect(el).to.be.accessible();
    });

    it('checks a place in the current phase on the 2018-2022 map, and highlights no territory of that phase', async () => {
      const el = await map(
        html`<ti-territory-map
          phase="2018-2022"
          place="Oyonnax"
        ></ti-territory-map>`,
        '[part="place"]'
      );
      expect(text($(el, '[part="place"]'))).to.contain('Oyonnax (01283)');
      expect($(el, '[part="highlight"]')).to.equal(null);
      expect(text(el.shadowRoot!.querySelector('[part="base"]'))).to.contain(
        'Un lieu est vérifié dans le programme en cours (2023-2027)'
      );
      expect(drawn(el).size).to.equal(149);
      await expect(el).to.be.accessible();
    });

    it('offers the communes of an ambiguous postcode and highlights the one chosen', async () => {
      const el = await map(
        html`<ti-territory-map place="cp:01750"></ti-territory-map>`,
        '[part="candidates"]'
      );
      await expect(el).to.be.accessible();
      $$(el, '[part="candidates"] button')
        .find((b) => b.textContent!.includes('Crottet'))!
        .click();
      await ready(el, '[part="highlight"]');
      expect(text($(el, '[part="caption"]'))).to.contain(
        'Bassin de Bourg-en-Bresse'
      );
    });

    it('shows one region, by code or by name, framed', async () => {
      const inRegion = phase2.territories.filter((t) => t.region === '84');
      for (const region of ['84', 'auvergne rhone-alpes']) {
        const el = await map(
          html`<ti-territory-map region=${region}></ti-territory-map>`
        );
        expect(drawn(el).size).to.equal(inRegion.length);
        expect(text($(el, '[part="caption"]'))).to.contain(
          `Carte des ${inRegion.length} Territoires d’industrie du programme 2023-2027, en cours, région Auvergne-Rhône-Alpes.`
        );
        expect(zoom(el)).to.be.greaterThan(1);
      }
    });

    it('says so, accessibly, for an unknown territory or region and for hostile input', async () => {
      const el = await map(
        html`<ti-territory-map
          territory=${'<img src=x onerror=alert(1)>'}
          region="Atlantide"
        ></ti-territory-map>`
      );
      const alerts = $$(el, '[role="alert"]').map(text);
      expect(alerts[0]).to.contain('Région inconnue : « Atlantide »');
      expect(alerts[1]).to.contain('Territoire inconnu');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(drawn(el).size).to.equal(183);
      await expect(el).to.be.accessible();
    });

    it('falls back to 2023-2027 for an unknown phase, with a console warning', async () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args[0]);
      try {
        const el = await map(
          html`<ti-territory-map phase="2030"></ti-territory-map>`
        );
        expect(drawn(el).size).to.equal(183);
        expect(String(warnings[0])).to.contain('phase="2030"');
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('events and pointer', () => {
    it('names the territory under the pointer, and a click selects it: ti-territory-select with its id and phase', async () => {
      const el = await map(
        html`<ti-territory-map id="carte"></ti-territory-map>`
      );
      const [x, y] = labelPoint(el, 'ti-8413');
      await sendMouse({type: 'move', position: [x, y]});
      await waitUntil(() => $(el, '[part="tooltip"]'), 'no tooltip');
      expect(text($(el, '[part="tooltip"]'))).to.equal(
        'Plastics Vallée – Oyonnax'
      );
      expect($(el, '[part="pointer"]')!.getAttribute('data-id')).to.equal(
        'ti-8413'
      );
      const selected = oneEvent(el, 'ti-territory-select');
      await sendMouse({type: 'click', position: [x, y]});
      expect((await selected).detail).to.deep.equal({
        territory: 'ti-8413',
        name: 'Plastics Vallée – Oyonnax',
        phase: '2023-2027',
        elementId: 'carte',
      });
      await ready(el, '[part="highlight"]');
      expect(el.territory).to.equal('ti-8413');
      expect(el.getAttribute('territory')).to.equal('ti-8413');
      await sendMouse({type: 'move', position: [0, 0]});
    });

    it('goes back to the whole map: ti-territory-select with no territory', async () => {
      const el = await map(
        html`<ti-territory-map
          phase="2018-2022"
          territory="ti-8413"
        ></ti-territory-map>`,
        '[part="reset"]'
      );
      const selected = oneEvent(el, 'ti-territory-select');
      $(el, '[part="reset"]')!.click();
      expect((await selected).detail).to.deep.equal({
        territory: null,
        name: null,
        phase: '2018-2022',
        elementId: null,
      });
      await el.updateComplete;
      expect($(el, '[part="highlight"]')).to.equal(null);
      expect(el.territory).to.equal('');
      expect(zoom(el)).to.equal(1);
    });
  });

  describe('motion', () => {
    afterEach(() => emulateMedia({reducedMotion: 'no-preference'}));

    it('animates the zoom onto a territory, unless the system asks for reduced motion', async () => {
      const el = await map(
        html`<ti-territory-map territory="ti-8413"></ti-territory-map>`,
        '[part="highlight"]'
      );
      const duration = () =>
        getComputedStyle($(el, '.ti-zoom')!).transitionDuration;
      expect(duration()).to.equal('0.4s');
      await emulateMedia({reducedMotion: 'reduce'});
      expect(duration()).to.equal('0s');
      el.territory = 'ti-1101';
      await el.updateComplete;
      // No transition: the computed transform is already the one asked for.
      const shown = new DOMMatrix(
        getComputedStyle($(el, '.ti-zoom')!).transform
      );
      const asked = new DOMMatrix($(el, '.ti-zoom')!.style.transform);
      expect([shown.a, shown.e, shown.f]).to.deep.equal([
        asked.a,
        asked.e,
        asked.f,
      ]);
      expect(asked.e).to.not.equal(0);
    });
  });

  describe('localization and theme', () => {
    it('speaks English', async () => {
      const el = await map(
        html`<ti-territory-map
          lang="en"
          territory="ti-8413"
        ></ti-territory-map>`,
        '[part="highlight"]'
      );
      expect(text($(el, '[part="caption"]'))).to.equal(
        'Map of the 183 Territoires d’industrie of the 2023-2027 programme, under way. Highlighted: Plastics Vallée – Oyonnax (ti-8413).'
      );
      expect(text($(el, '[part="label"]'))).to.equal('Find a territory');
      expect(text($(el, '[part="reset"]'))).to.equal('Show the whole map');
    });

    it('is accessible in the dark theme', async () => {
      const el = await map(
        html`<ti-territory-map
          theme="dark"
          place="Oyonnax"
        ></ti-territory-map>`,
        '[part="highlight"]'
      );
      await expect(el).to.be.accessible();
    });
  });
});
