import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {
  deepActive,
  expectFocusOn,
  focusMovesTo,
  hostPage,
  press,
} from '../internal/keyboard.ts';
import {$, $$, text} from '../internal/shadow-queries.ts';
import type {TiTerritoryCard} from './territory-card.component.ts';
import './territory-card.ts';

describe('ti-territory-card, keyboard only', () => {
  it('offers the candidates of an ambiguous place as tab stops, and after a choice reads out the answer', async () => {
    const {el, before, after} = await hostPage<TiTerritoryCard>(
      html`<ti-territory-card place="cp:01750"></ti-territory-card>`,
      'ti-territory-card'
    );
    await waitUntil(() => $(el, '[part="candidates"]'), 'no candidates', {
      timeout: 5000,
    });
    expect($(el, '[part="reason"]')!.getAttribute('role')).to.equal('status');
    const choices = $$(el, '[part="candidates"] button');
    expect(choices.length).to.be.greaterThan(1);
    before.focus();

    await press('Tab');
    expect(
      document.activeElement === el,
      'the page focus is on the card'
    ).to.equal(true);
    expectFocusOn(choices[0]);
    await press('Tab');
    expectFocusOn(choices[1]);
    await press('Shift+Tab');
    expectFocusOn(choices[0]);

    const resolved = oneEvent(el, 'ti-place-resolve');
    await press('Enter');
    const {answer} = (await resolved).detail;
    expect(answer.status).to.be.oneOf(['in-territory', 'not-in-territory']);
    await focusMovesTo(
      () => $(el, '[tabindex="-1"]'),
      'the chosen button is gone: the focus is on the answer'
    );
    const focused = deepActive()!;
    expect(focused.getAttribute('part')).to.be.oneOf(['name', 'reason']);
    expect(text(focused)).to.not.equal('');
    await press('Escape');
    expectFocusOn(focused, 'Escape does not move the focus');

    // The member intercommunalities unfold with Enter, and the focus then leaves the card.
    if (answer.status === 'in-territory') {
      await press('Tab');
      const summary = $(el, '[part="groupements"] summary');
      expectFocusOn(summary);
      await press('Enter');
      expect($<HTMLDetailsElement>(el, '[part="groupements"]')!.open).to.equal(
        true
      );
      await press('Space');
      expect($<HTMLDetailsElement>(el, '[part="groupements"]')!.open).to.equal(
        false
      );
    }
    await press('Tab');
    expectFocusOn(after);
  });
});
