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
import type {TiFundingWidget} from './funding-widget.component.ts';
import './funding-widget.ts';

const counts = (el: TiFundingWidget) => text($(el, '[part="counts"]'));

describe('ti-funding-widget, keyboard only', () => {
  it('answers the questions, checks an ambiguous place and reaches the results without a mouse', async () => {
    const {el, before, after} = await hostPage<TiFundingWidget>(
      html`<ti-funding-widget></ti-funding-widget>`,
      'ti-funding-widget'
    );
    await waitUntil(() => $(el, '[part="counts"]'), 'no results', {
      timeout: 5000,
    });
    expect($(el, '[part="counts"]')!.getAttribute('role')).to.equal('status');
    const start = counts(el);
    before.focus();

    // Who: the first stop is the first question; arrows change a closed select, and the size question follows.
    await tabInto(el, $(el, '#ti-who'));
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.who).to.equal('local-authority');
    expect(
      $(el, '#ti-size') === null,
      'no size for a local authority'
    ).to.equal(true);
    await press('ArrowUp');
    await el.updateComplete;
    expect(el.who).to.equal('company');
    await press('Tab');
    expectFocusOn($(el, '#ti-size'));
    await press('ArrowDown');
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.size).to.equal('sme');

    // Where: typed, checked with Enter; the verdict is in a polite live region; a candidate is chosen with Enter.
    await press('Tab');
    expectFocusOn($(el, '#ti-place'));
    await type('01750');
    let resolved = oneEvent(el, 'ti-place-resolve');
    await press('Enter');
    expect((await resolved).detail.answer.status).to.equal('ambiguous');
    await el.updateComplete;
    expectFocusOn($(el, '#ti-place'));
    expect($(el, '[part="place"]')!.getAttribute('aria-live')).to.equal(
      'polite'
    );
    expect(text($(el, '[part="place"]'))).to.not.equal('');
    await press('Tab');
    expectFocusOn($(el, '[part="place-button"]'));
    await press('Tab');
    const candidates = $$(el, '[part="candidate"]');
    expect(candidates.length).to.be.greaterThan(1);
    expectFocusOn(candidates[0]);
    // Largest commune first (Replonges); Crottet, the one in a territory, is the next stop.
    await press('Tab');
    expectFocusOn(candidates[1]);
    resolved = oneEvent(el, 'ti-place-resolve');
    const changed = oneEvent(el, 'ti-eligibility-change');
    await press('Enter');
    expect((await resolved).detail.answer.status).to.be.oneOf([
      'in-territory',
      'not-in-territory',
    ]);
    expect((await changed).detail.profile.place).to.not.equal(undefined);
    const verdict = () => $(el, '[part="place"] [tabindex="-1"]');
    await focusMovesTo(
      verdict,
      'the chosen button is gone: the focus is on the verdict'
    );
    expect($(el, '[part="candidates"]') === null).to.equal(true);
    await press('Escape');
    expectFocusOn(verdict(), 'Escape does not move the focus');

    // What project: checkboxes toggle with Space; the hires field appears after "hiring".
    await tabUntil(
      (active) => (active as HTMLInputElement | null)?.value === 'hiring',
      {max: 12}
    );
    await press('Space');
    await el.updateComplete;
    expect(el.project).to.equal('hiring');
    await tabUntil((active) => active === $(el, '#ti-hires'), {max: 12});
    await type('3');
    await el.updateComplete;
    expect(el.hires).to.equal('3');
    expect(counts(el)).to.not.equal(start);
    expect(
      text($(el, '[part="result"][data-scheme="vte-ti"] [part="estimate"]'))
    ).to.contain('000');

    // Whether the investment has started: a select, answered with the arrow keys.
    await tabUntil((active) => active === $(el, '#ti-started'), {max: 4});
    const answered = oneEvent(el, 'ti-eligibility-change');
    await press('ArrowDown');
    expect((await answered).detail.profile.investmentStarted).to.equal(false);
    expect(el.investmentStarted).to.equal('no');

    // The results follow: a group's title (a button that folds it), then its schemes' titles.
    await press('Tab');
    const group = deepActive() as HTMLElement;
    expect(group.getAttribute('part')).to.equal('group-toggle');
    expect(group.getAttribute('aria-expanded')).to.equal('true');
    await press('Tab');
    const toggle = deepActive() as HTMLElement;
    expect(toggle.getAttribute('part')).to.equal('toggle');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');

    // Enter opens a scheme's details, the focus stays on its title; inside, the https link to apply.
    await press('Enter');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expectFocusOn(toggle);
    await press('Tab');
    const link = deepActive() as HTMLAnchorElement;
    expect(link.getAttribute('part')).to.equal('apply');
    expect(link.protocol).to.equal('https:');
    // Space closes them again.
    await press('Shift+Tab');
    expectFocusOn(toggle);
    await press('Space');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');

    // The schemes ruled out wait in a folded group: Enter unfolds it, Space folds it again.
    const folded = $(
      el,
      '[part="group"][data-verdict="not-eligible"] [part="group-toggle"]'
    )!;
    expect(folded.getAttribute('aria-expanded')).to.equal('false');
    await tabUntil((active) => active === folded, {max: 30});
    await press('Enter');
    await el.updateComplete;
    expect(folded.getAttribute('aria-expanded')).to.equal('true');
    expect(
      $$(el, '[part="result"][data-verdict="not-eligible"]').length
    ).to.be.greaterThan(0);
    expectFocusOn(folded);
    await press('Space');
    await el.updateComplete;
    expect(folded.getAttribute('aria-expanded')).to.equal('false');

    // Nothing traps the focus: the folded group is the last stop.
    await press('Tab');
    expectFocusOn(after);
    $(el, '#ti-who')!.focus();
    await press('Shift+Tab');
    expectFocusOn(before);
  });
});
