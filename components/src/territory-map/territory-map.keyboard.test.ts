import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {
  expectFocusOn,
  focusMovesTo,
  hostPage,
  press,
  tabInto,
  type,
} from '../internal/keyboard.ts';
import {$, $$, text} from '../internal/shadow-queries.ts';
import type {TiTerritoryMap} from './territory-map.component.ts';
import './territory-map.ts';

const activeOption = (el: TiTerritoryMap) => {
  const id = $(el, '[part="search"]')!.getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id) : null;
};

describe('ti-territory-map, keyboard only', () => {
  it('finds a territory by typing, shows it on the map with the arrow keys, selects it with Enter, and goes back', async () => {
    const {el, before, after} = await hostPage<TiTerritoryMap>(
      html`<ti-territory-map id="carte"></ti-territory-map>`,
      'ti-territory-map'
    );
    await waitUntil(() => $(el, '[part="map"]'), 'no map', {timeout: 5000});
    const search = $<HTMLInputElement>(el, '[part="search"]')!;
    before.focus();
    await tabInto(el, search);
    expect(search.getAttribute('aria-expanded')).to.equal('false');

    await type('oyonnax');
    await waitUntil(() => $$(el, '[part~="option"]').length === 1);
    expect(search.getAttribute('aria-expanded')).to.equal('true');
    expect(text($(el, '#found'))).to.equal('1 territoire');
    expect(activeOption(el)).to.equal(null);

    await press('ArrowDown');
    const option = activeOption(el)!;
    expect(text(option)).to.equal('Plastics Vallée – Oyonnax');
    expect(option.getAttribute('part')).to.equal('option active');
    expectFocusOn(search, 'the focus stays in the field');
    // The map shows the option the arrows are on, by its shape and its name.
    expect($(el, '[part="pointer"]')!.getAttribute('data-id')).to.equal(
      'ti-8413'
    );
    expect(text($(el, '[part="tooltip"]'))).to.equal(
      'Plastics Vallée – Oyonnax'
    );
    await expect(el).to.be.accessible();

    const selected = oneEvent(el, 'ti-territory-select');
    await press('Enter');
    expect((await selected).detail).to.deep.equal({
      territory: 'ti-8413',
      name: 'Plastics Vallée – Oyonnax',
      phase: '2023-2027',
      elementId: 'carte',
    });
    await el.updateComplete;
    expect(search.getAttribute('aria-expanded')).to.equal('false');
    expect(search.value).to.equal('Plastics Vallée – Oyonnax');
    expect($(el, '[part="highlight"]')!.getAttribute('data-id')).to.equal(
      'ti-8413'
    );
    expect(text($(el, '[part="caption"]'))).to.contain(
      'En évidence : Plastics Vallée – Oyonnax (ti-8413).'
    );

    // Down again: the whole list, on the territory chosen.
    await press('ArrowDown');
    await el.updateComplete;
    expect($$(el, '[part~="option"]')).to.have.length(183);
    expect(text(activeOption(el))).to.equal('Plastics Vallée – Oyonnax');
    expect(activeOption(el)!.getAttribute('aria-selected')).to.equal('true');
    await press('ArrowDown');
    await press('ArrowUp');
    await press('ArrowUp');
    expect(activeOption(el)!.getAttribute('data-id')).to.not.equal('ti-8413');
    await press('Escape');
    await el.updateComplete;
    expect(search.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part="pointer"]')).to.equal(null);
    expectFocusOn(search, 'Escape closes the list, the focus stays');

    await press('Tab');
    const reset = $(el, '[part="reset"]');
    expectFocusOn(reset);
    const back = oneEvent(el, 'ti-territory-select');
    await press('Enter');
    expect((await back).detail.territory).to.equal(null);
    await focusMovesTo(
      () => search,
      'the reset button is gone: the focus is back on the field'
    );
    expect($(el, '[part="highlight"]')).to.equal(null);
    await press('Tab');
    expectFocusOn(after);
  });

  it('clears a search with Escape, and says when nothing matches', async () => {
    const {el, before} = await hostPage<TiTerritoryMap>(
      html`<ti-territory-map lang="en"></ti-territory-map>`,
      'ti-territory-map'
    );
    await waitUntil(() => $(el, '[part="map"]'), 'no map', {timeout: 5000});
    const search = $<HTMLInputElement>(el, '[part="search"]')!;
    before.focus();
    await tabInto(el, search);
    await type('zzzz');
    await el.updateComplete;
    expect(text($(el, '#found'))).to.equal('No territory matches.');
    expect(search.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part="options"]')!.hidden).to.equal(true);
    await expect(el).to.be.accessible();
    await press('Escape');
    await press('Escape');
    await el.updateComplete;
    expect(search.value).to.equal('');
    await type('ti-11');
    await el.updateComplete;
    expect(
      $$(el, '[part~="option"]').every((o) =>
        o.getAttribute('data-id')!.startsWith('ti-11')
      )
    ).to.equal(true);
    expect($$(el, '[part~="option"]').length).to.be.greaterThan(1);
  });
});
