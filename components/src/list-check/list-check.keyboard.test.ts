import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {validSirens} from '../../../packages/core/src/company-api/fixtures.ts';
import {
  deepActive,
  expectFocusOn,
  press,
  tabUntil,
  type,
} from '../internal/keyboard.ts';
import {
  fakeCompanyApi,
  found,
  heldReply,
} from '../internal/testing-company-api.ts';
import {$, text} from '../internal/shadow-queries.ts';
import type {TiListCheck} from './list-check.component.ts';
import {clearLists} from './list-check.store.ts';
import {finished, outcomes} from './list-check.testing.ts';
import './list-check.ts';

let api: ReturnType<typeof fakeCompanyApi> | undefined;
beforeEach(() => clearLists());
afterEach(() => api?.restore());

describe('<ti-list-check> from the keyboard', () => {
  it('pastes, checks, pauses, resumes, filters and starts again without a mouse', async () => {
    const held = heldReply(found);
    api = fakeCompanyApi(held.reply);
    const el = await fixture<TiListCheck>(
      html`<div>
        <button>before</button
        ><ti-list-check company-api=${api.origin}></ti-list-check>
      </div>`
    ).then((div) => div.querySelector('ti-list-check')!);
    await expect(el).to.be.accessible();
    const at = (selector: string) => (active: Element | null) =>
      active === $(el, selector);

    (el.previousElementSibling as HTMLElement).focus();
    await tabUntil(at('input[type="file"]'));
    await tabUntil(at('textarea'));
    await type(`siren:${validSirens(1)[0]}`);
    await press('Enter');
    await type('insee:01283');
    await tabUntil(at('[data-action="check"]'));
    await press('Enter');
    await waitUntil(() => $(el, '[data-action="pause"]'));
    await el.updateComplete;
    expectFocusOn($(el, '[data-action="pause"]'), 'after the start');

    await press('Space');
    await el.updateComplete;
    expect(text(deepActive())).to.equal('Reprendre');
    await press('Space');
    await el.updateComplete;
    expect(text(deepActive())).to.equal('Mettre en pause');

    held.release();
    await finished(el);
    expectFocusOn($(el, '[data-action="download"]'), 'once finished');

    await tabUntil(at('input[value="all"]'));
    await press('ArrowRight');
    await el.updateComplete;
    expect(($(el, 'input[value="in"]') as HTMLInputElement).checked).to.equal(
      true
    );
    expect(outcomes(el)).to.deep.equal(['in', 'in']);
    await tabUntil(at('[part="table-wrapper"]'));

    await tabUntil(at('[data-action="new-list"]'), {back: true});
    await press('Enter');
    await el.updateComplete;
    expectFocusOn($(el, 'input[type="file"]'), 'after a new list');
  });

  it('moves the focus to the message when a list cannot be read', async () => {
    const el = await fixture<TiListCheck>(
      html`<ti-list-check company-api="none"></ti-list-check>`
    );
    $<HTMLTextAreaElement>(el, 'textarea')!.focus();
    await type('"non fermé');
    await tabUntil((active) => active === $(el, '[data-action="check"]'));
    await press('Enter');
    await waitUntil(() => $(el, '[part="error"]'));
    await el.updateComplete;
    expectFocusOn($(el, '[part="error"]'));
  });
});
