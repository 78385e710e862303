import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {
  deepActive,
  expectFocusOn,
  focusMovesTo,
  hostPage,
  press,
  tabUntil,
  type,
  tabInto,
} from '../internal/keyboard.ts';
import {$, $$, text} from '../internal/shadow-queries.ts';
import type {TiServiceFinder} from './service-finder.component.ts';
import './service-finder.ts';

const announced = (el: TiServiceFinder) =>
  text($(el, '[part="results"] [role="status"]'));

/** Waits for the polite announcement to say the visible count (it speaks once typing has settled). */
async function countAnnounced(el: TiServiceFinder): Promise<string> {
  await waitUntil(
    () =>
      announced(el) !== '' && announced(el) === text($(el, '[part="count"]')),
    'the count was not announced',
    {timeout: 3000}
  );
  return announced(el);
}

describe('ti-service-finder, keyboard only', () => {
  it('searches, resolves an ambiguous place, filters and reaches a result link without a mouse', async () => {
    const {el, before, after} = await hostPage<TiServiceFinder>(
      html`<ti-service-finder></ti-service-finder>`,
      'ti-service-finder'
    );
    await waitUntil(() => $(el, '[part="count"]'), 'no results', {
      timeout: 5000,
    });
    before.focus();

    // Search: the first tab stop is the search field; the count is announced once typing settles.
    await tabInto(el, $(el, '#ti-search'));
    const total = text($(el, '[part="count"]'));
    await type('recrutement');
    const afterQuery = await countAnnounced(el);
    expect(afterQuery).to.not.equal(total);
    expect(el.query).to.equal('recrutement');
    // Escape clears a search field, and the list comes back.
    await press('Escape');
    await el.updateComplete;
    expect(el.query).to.equal('');
    expectFocusOn($(el, '#ti-search'));
    await waitUntil(() => text($(el, '[part="count"]')) === total);

    // Place: typed, submitted with Enter, then one of the candidates chosen with Enter.
    await press('Tab');
    expectFocusOn($(el, '#ti-place'));
    await type('01750');
    let resolved = oneEvent(el, 'ti-place-resolve');
    await press('Enter');
    expect((await resolved).detail.answer.status).to.equal('ambiguous');
    await el.updateComplete;
    expectFocusOn($(el, '#ti-place'), 'the focus stays in the field');
    expect(text($(el, '[part="place-answer"]'))).to.contain(
      'Plusieurs réponses possibles'
    );
    expect($(el, '[part="place-answer"]')!.getAttribute('aria-live')).to.equal(
      'polite'
    );
    await press('Tab');
    expectFocusOn($(el, '[part="place-button"]'));
    await press('Tab');
    const candidates = $$(el, '[part="candidate"]');
    expect(candidates.length).to.be.greaterThan(1);
    expectFocusOn(candidates[0]);
    await press('Tab');
    expectFocusOn(candidates[1]);
    resolved = oneEvent(el, 'ti-place-resolve');
    await press('Enter');
    expect((await resolved).detail.answer.status).to.be.oneOf([
      'in-territory',
      'not-in-territory',
    ]);
    await focusMovesTo(
      () => $(el, '[part="place-answer"]'),
      'the chosen button is gone: the focus is on the verdict'
    );
    expect($(el, '[part="candidates"]') === null).to.equal(true);

    // Filters: the summary folds and unfolds the panel with Enter; a checkbox toggles with Space.
    await press('Tab');
    const summary = $(el, '[part="filters-summary"]');
    expectFocusOn(summary);
    const details = $<HTMLDetailsElement>(el, '[part="filters"]')!;
    const wasOpen = details.open;
    await press('Enter');
    await el.updateComplete;
    expect(details.open).to.equal(!wasOpen);
    if (!details.open) await press('Enter');
    await el.updateComplete;
    expect(details.open).to.equal(true);
    await press('Tab');
    const box = deepActive() as HTMLInputElement;
    expect(box.type).to.equal('checkbox');
    const changed = oneEvent(el, 'ti-filters-change');
    await press('Space');
    expect((await changed).detail.filters).to.deep.equal({
      priority: [box.value],
    });
    expect(box.checked).to.equal(true);
    expectFocusOn(box);
    const filtered = await countAnnounced(el);
    expect(filtered).to.not.equal(total);
    await press('Space');
    await el.updateComplete;
    expect(el.priority).to.equal('');

    // Fold the panel again: the next stops are the sort order, then the results' titles.
    await tabUntil((active) => active === summary, {back: true, max: 3});
    await press('Enter');
    await el.updateComplete;
    expect(details.open).to.equal(false);
    await press('Tab');
    expectFocusOn($(el, '#ti-sort'));
    await press('Tab');
    const toggle = $(el, '[part="result"] [part="toggle"]')!;
    expectFocusOn(toggle, 'the first result');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');

    // Enter opens a result's details and the focus stays on its title; the next stop is inside them.
    await press('Enter');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expectFocusOn(toggle);
    await press('Tab');
    const link = deepActive() as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.closest('[part="more"]')).to.not.equal(null);
    expect(link.protocol).to.equal('https:');
    // Space closes them again.
    await press('Shift+Tab');
    expectFocusOn(toggle);
    await press('Space');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part="more"]:not([hidden])')).to.equal(null);

    // After the tenth result, "show more" reveals ten more, takes the focus to the first of them and says how many show.
    await tabUntil((active) => active === $(el, '[part="show-more"]'), {
      max: 12,
    });
    await press('Enter');
    await focusMovesTo(
      () => $$(el, '[part="toggle"]')[10],
      'the first result revealed'
    );
    expect(text($(el, '[part="results"] [role="status"]'))).to.match(
      /^\d+ services affichés sur \d+$/
    );

    // Nothing traps the focus: from the last stop, Tab leaves the component; Shift+Tab from the field comes back out.
    const stops = $$(el, 'a, button:not([hidden]), input, select, summary');
    stops.at(-1)!.focus();
    await press('Tab');
    expectFocusOn(after);
    $(el, '#ti-search')!.focus();
    await press('Shift+Tab');
    expectFocusOn(before);
  });

  it('orders the results with the arrow keys on the sort select', async () => {
    const {el} = await hostPage<TiServiceFinder>(
      html`<ti-service-finder no-place></ti-service-finder>`,
      'ti-service-finder'
    );
    await waitUntil(() => $(el, '#ti-sort'), 'no sort order');
    const select = $<HTMLSelectElement>(el, '#ti-sort')!;
    select.focus();
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.sort).to.equal('deadline');
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.sort).to.equal('amount');
    expectFocusOn(select, 'the focus stays on the select');
    expect(
      $(el, '[part="result"] [part="title"]')!.id.replace('ti-scheme-', '')
    ).to.equal('ile-de-france-pmup-jeunes-pousses-industrielles');
    await press('ArrowUp');
    await press('ArrowUp');
    await el.updateComplete;
    expect(el.sort).to.equal('relevance');
  });

  it('clears the search and the filters with the clear button, and gives the focus back to the search field', async () => {
    const {el} = await hostPage<TiServiceFinder>(
      html`<ti-service-finder no-place kind="funding"></ti-service-finder>`,
      'ti-service-finder'
    );
    await waitUntil(() => $(el, '[part="count"]'));
    const details = $<HTMLDetailsElement>(el, '[part="filters"]')!;
    details.open = true;
    await el.updateComplete;
    $(el, '#ti-search')!.focus();
    await type('friche');
    await tabUntil((active) => active === $(el, '[part="clear-button"]'), {
      max: 40,
    });
    await press('Enter');
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect(el.kind).to.equal('');
    expectFocusOn($(el, '#ti-search'));
    await countAnnounced(el);
  });
});
