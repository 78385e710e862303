import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {validSirens} from '../../../packages/core/src/company-api/fixtures.ts';
import {
  fakeCompanyApi,
  found,
  heldReply,
} from '../internal/testing-company-api.ts';
import {$, text} from '../internal/shadow-queries.ts';
import type {TiListCheck} from './list-check.component.ts';
import {clearLists, latestList} from './list-check.store.ts';
import {
  announced,
  drop,
  finished,
  outcomes,
  paste,
} from './list-check.testing.ts';
import './list-check.ts';

const OYONNAX = 'insee:01283';

const apis: ReturnType<typeof fakeCompanyApi>[] = [];
const fake = (reply = found) => {
  const api = fakeCompanyApi(reply);
  apis.push(api);
  return api;
};
beforeEach(() => clearLists());
afterEach(() =>
  apis
    .splice(0)
    .reverse()
    .forEach((api) => api.restore())
);

const checker = (companyApi: string, noStore = false) =>
  fixture<TiListCheck>(
    html`<ti-list-check
      company-api=${companyApi}
      ?no-store=${noStore}
    ></ti-list-check>`
  );
const button = (el: TiListCheck, action: string) =>
  $<HTMLButtonElement>(el, `[data-action="${action}"]`);
const answered = (el: TiListCheck) =>
  outcomes(el).filter((outcome) => outcome !== 'pending').length;
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('<ti-list-check> run', () => {
  it('pauses: the rows under way end, no new row starts; resume goes on', async () => {
    const held = heldReply(found);
    const api = fake(held.reply);
    const el = await checker(api.origin);
    const sirens = validSirens(5).map((siren) => `siren:${siren}`);
    await paste(el, sirens.join('\n'));
    const toggle = button(el, 'pause')!;
    expect(text(toggle)).to.equal('Mettre en pause');
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(text(button(el, 'pause'))).to.equal('Reprendre');
    expect(announced(el)).to.equal('Vérification en pause.');
    await expect(el).to.be.accessible();
    held.release();
    await waitUntil(() => answered(el) === 3, 'rows under way', {
      timeout: 8000,
    });
    await settle();
    expect(api.requests).to.have.length(3);
    expect(answered(el)).to.equal(3);

    button(el, 'pause')!.click();
    await finished(el);
    expect(api.requests).to.have.length(5);
    expect(outcomes(el)).to.deep.equal(['in', 'in', 'in', 'in', 'in']);
  });

  it('cancels: back to the form, late answers dropped, nothing kept in the browser', async () => {
    const held = heldReply(found);
    const api = fake(held.reply);
    const el = await checker(api.origin);
    await paste(el, `${OYONNAX}\nsiren:${validSirens(1)[0]}`);
    await waitUntil(() => answered(el) === 1);
    button(el, 'cancel')!.click();
    await el.updateComplete;
    held.release();
    await settle();
    expect($(el, '[part="table"]')).to.equal(null);
    expect($(el, 'textarea')).not.to.equal(null);
    expect(announced(el)).to.equal(
      'Vérification annulée : la liste a été oubliée.'
    );
    expect(await latestList()).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('resumes after a reload: a new element offers the stored list and asks only for the rows left', async () => {
    const held = heldReply(found);
    const first = await checker(fake(held.reply).origin);
    const siren = validSirens(1)[0]!;
    await paste(
      first,
      [OYONNAX, OYONNAX, OYONNAX, `siren:${siren}`].join('\n')
    );
    await waitUntil(() => answered(first) === 3);
    button(first, 'pause')!.click();
    await waitUntil(
      async () => (await latestList())?.answers.filter(Boolean).length === 3
    );
    first.remove();

    const api = fake(found);
    const el = await checker(api.origin);
    await waitUntil(() => $(el, '[part="previous"]'), 'no offer to resume');
    expect(text($(el, '[part="previous"]'))).to.contain(
      '3 lignes vérifiées sur 4'
    );
    await expect(el).to.be.accessible();
    button(el, 'resume-previous')!.click();
    await finished(el);
    expect(api.requests).to.deep.equal([siren]);
    expect(outcomes(el)).to.deep.equal(['in', 'in', 'in', 'in']);
    held.release();
  });

  it('resumes the same file dropped again from its stored answers, and forgets it once the complete result is downloaded', async () => {
    const file = `siren\n${validSirens(2).join('\n')}\n`;
    const first = await checker(fake().origin);
    await drop(first, file);
    await finished(first);
    first.remove();

    const api = fake();
    const el = await checker(api.origin);
    await drop(el, file);
    await finished(el);
    expect(api.requests).to.deep.equal([]);
    expect(outcomes(el)).to.deep.equal(['in', 'in']);
    expect(await latestList()).not.to.equal(null);
    expect(text($(el, '#stored-note'))).to.contain(
      'restent dans ce navigateur'
    );
    const real = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {};
    try {
      button(el, 'download')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = real;
    }
    await waitUntil(async () => (await latestList()) === null);
    await el.updateComplete;
    expect($(el, '#stored-note')).to.equal(null);
  });

  it('forgets the stored list on request', async () => {
    const held = heldReply(found);
    const first = await checker(fake(held.reply).origin);
    await paste(first, `${OYONNAX}\nsiren:${validSirens(1)[0]}`);
    await waitUntil(() => answered(first) === 1);
    button(first, 'pause')!.click();
    await waitUntil(async () => (await latestList()) !== null);
    first.remove();
    const el = await checker('none');
    await waitUntil(() => $(el, '[part="previous"]'));
    button(el, 'forget-previous')!.click();
    await el.updateComplete;
    expect($(el, '[part="previous"]')).to.equal(null);
    await waitUntil(async () => (await latestList()) === null);
    held.release();
  });

  it('keeps nothing with no-store', async () => {
    const el = await checker('none', true);
    await paste(el, OYONNAX);
    await finished(el);
    await settle();
    expect(await latestList()).to.equal(null);
  });

  it('goes on when the element is moved in the page', async () => {
    const held = heldReply(found);
    const api = fake(held.reply);
    const el = await checker(api.origin);
    await paste(
      el,
      validSirens(2)
        .map((s) => `siren:${s}`)
        .join('\n')
    );
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    held.release();
    await finished(el);
    expect(outcomes(el)).to.deep.equal(['in', 'in']);
  });
});
