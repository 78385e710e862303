import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {TiServiceFinder} from '../service-finder/service-finder.component.ts';
import '../service-finder/service-finder.ts';
import {
  expectFocusOn,
  hostPage,
  press,
  tabUntil,
  tabInto,
} from '../internal/keyboard.ts';
import {$, $$, text} from '../internal/shadow-queries.ts';
import type {TiPriorityCards} from './priority-cards.component.ts';
import './priority-cards.ts';

describe('ti-priority-cards, keyboard only', () => {
  it('is reached with Tab, selects and clears a priority with Space and Enter, and lets the focus go on', async () => {
    const {el, before, after} = await hostPage<TiPriorityCards>(
      html`<ti-priority-cards></ti-priority-cards>`,
      'ti-priority-cards'
    );
    await waitUntil(() => $$(el, '[part="button"]').length === 4);
    await expect(el).to.be.accessible();
    const buttons = $$<HTMLButtonElement>(el, '[part="button"]');
    before.focus();

    await tabInto(el, buttons[0]);

    await press('Tab');
    expectFocusOn(buttons[1]);
    let event = oneEvent(el, 'ti-priority-select');
    await press('Space');
    expect((await event).detail.priority).to.equal('innovation');
    await el.updateComplete;
    expect(buttons[1]!.getAttribute('aria-pressed')).to.equal('true');
    expectFocusOn(buttons[1], 'focus stays on the pressed button');

    event = oneEvent(el, 'ti-priority-select');
    await press('Enter');
    expect((await event).detail.priority).to.equal(null);
    await el.updateComplete;
    expect(el.selected).to.equal('');
    expect(buttons[1]!.getAttribute('aria-pressed')).to.equal('false');

    await press('Escape');
    expectFocusOn(buttons[1], 'Escape neither moves nor traps the focus');
    expect(el.selected).to.equal('');

    // Only the four buttons are tab stops: two more presses reach the page after the cards.
    await tabUntil((active) => active === after, {max: 3});
    await press('Shift+Tab');
    expectFocusOn(buttons[3]);
  });

  it('drives the finder it names, whose results are announced', async () => {
    const {el} = await hostPage<TiPriorityCards>(
      html`<ti-priority-cards for="finder"></ti-priority-cards>
        <ti-service-finder id="finder" no-place></ti-service-finder>`,
      'ti-priority-cards'
    );
    const finder = el.parentElement!.querySelector<TiServiceFinder>('#finder')!;
    await waitUntil(() => $$(el, '[part="button"]').length === 4);
    await waitUntil(() => $(finder, '[part="count"]'));
    const total = text($(finder, '[part="count"]'));

    $$(el, '[part="button"]')[2]!.focus();
    await press('Enter');
    expect(finder.getAttribute('priority')).to.equal('skills-recruitment');
    await waitUntil(
      () => text($(finder, '[role="status"]')) !== '',
      'the new count was not announced',
      {timeout: 3000}
    );
    const count = text($(finder, '[part="count"]'));
    expect(count).to.not.equal(total);
    expect(text($(finder, '[role="status"]'))).to.equal(count);
  });
});
