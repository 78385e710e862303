import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {validSirens} from '../../../packages/core/src/company-api/fixtures.ts';
import {expectFocusOn, press, tabUntil} from '../internal/keyboard.ts';
import {
  fakeCompanyApi,
  found,
  heldReply,
} from '../internal/testing-company-api.ts';
import {$, text} from '../internal/shadow-queries.ts';
import type {TiListCheck} from './list-check.component.ts';
import {listKey} from './list-check.file.ts';
import {clearLists, loadList, saveList} from './list-check.store.ts';
import {
  announced,
  downloaded,
  finished,
  outcomes,
  paste,
  rows,
} from './list-check.testing.ts';
import './list-check.ts';

const NAMES = 'Oyonnax\nNantua\nBellignat\n';

let api: ReturnType<typeof fakeCompanyApi> | undefined;
beforeEach(() => clearLists());
afterEach(() => api?.restore());

const checker = (lang = 'fr', companyApi = 'none') =>
  fixture<TiListCheck>(
    html`<ti-list-check lang=${lang} company-api=${companyApi}></ti-list-check>`
  );

const box = (el: TiListCheck) =>
  $<HTMLInputElement>(el, '[data-action="header"]');
const column = (el: TiListCheck) => text($(el, '#column'));
const inputs = (el: TiListCheck) =>
  rows(el).map((row) => text(row.querySelector('td')));

async function setHeader(el: TiListCheck, header: boolean): Promise<void> {
  if (box(el)!.checked !== header) box(el)!.click();
  await el.updateComplete;
  await finished(el);
}

describe('<ti-list-check>: the first line as a header', () => {
  it('offers the choice, ticked as guessed, for names without a header', async () => {
    const el = await checker();
    await paste(el, NAMES);
    await finished(el);
    await expect(el).to.be.accessible();
    expect(box(el)!.checked).to.equal(true);
    expect(text(box(el)!.closest('label'))).to.equal(
      'La première ligne est un en-tête'
    );
    expect(column(el)).to.equal(
      'Colonne lue : « Oyonnax » (la première ligne est lue comme en-tête).'
    );
    expect(inputs(el)).to.deep.equal(['Nantua', 'Bellignat']);
  });

  it('keeps every row once unticked, and loses the first again once ticked back', async () => {
    const el = await checker();
    await paste(el, NAMES);
    await finished(el);

    await setHeader(el, false);
    expect(inputs(el)).to.deep.equal(['Oyonnax', 'Nantua', 'Bellignat']);
    expect(outcomes(el)).to.deep.equal(['in', 'in', 'in']);
    expect(column(el)).to.equal(
      'Pas de ligne d’en-tête : la colonne 1 est lue.'
    );
    expect($<HTMLProgressElement>(el, 'progress')!.max).to.equal(3);
    expect(announced(el)).to.equal(
      'Vérification terminée : 3 lignes vérifiées.'
    );
    await expect(el).to.be.accessible();

    await setHeader(el, true);
    expect(inputs(el)).to.deep.equal(['Nantua', 'Bellignat']);
    expect($<HTMLProgressElement>(el, 'progress')!.max).to.equal(2);
    expect(box(el)!.checked).to.equal(true);
  });

  it('says a header line when a list guessed without one has it', async () => {
    const el = await checker();
    await paste(el, '01100;nom\n01283;A\n75108;B\n');
    await finished(el);
    expect(box(el)!.checked).to.equal(false);
    await setHeader(el, true);
    expect(inputs(el)).to.deep.equal(['01283', '75108']);
    expect(column(el)).to.equal(
      'Colonne lue : « 01100 » (la première ligne est lue comme en-tête).'
    );
  });

  it('asks the directory for the new row only: the answers follow their rows', async () => {
    api = fakeCompanyApi(found);
    const el = await checker('fr', api.origin);
    const sirens = validSirens(2);
    await paste(el, `entreprises\n${sirens.join('\n')}\n`);
    await finished(el);
    expect(api.requests).to.have.length(2);
    const before = outcomes(el);
    box(el)!.click();
    await el.updateComplete;
    // Answered at once, before any lookup could end: carried, not asked again.
    expect(outcomes(el).slice(1)).to.deep.equal(before);
    expect(inputs(el)).to.deep.equal(['entreprises', ...sirens]);
    await finished(el);
    expect(api.requests).to.have.length(2);
  });

  it('leaves a paused check paused, the rows under way dropped', async () => {
    const held = heldReply(found);
    api = fakeCompanyApi(held.reply);
    const el = await checker('fr', api.origin);
    await paste(el, `entreprises\n${validSirens(4).join('\n')}\n`);
    $<HTMLButtonElement>(el, '[data-action="pause"]')!.click();
    await el.updateComplete;
    box(el)!.click();
    await el.updateComplete;
    held.release();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(text($(el, '[data-action="pause"]'))).to.equal('Reprendre');
    expect(outcomes(el)).to.deep.equal(Array(5).fill('pending'));
    $<HTMLButtonElement>(el, '[data-action="pause"]')!.click();
    await finished(el);
    expect(outcomes(el).slice(1)).to.deep.equal(Array(4).fill('in'));
  });

  it('writes the result without a header line once the first line is data', async () => {
    const el = await checker();
    await paste(el, NAMES);
    await finished(el);
    await setHeader(el, false);
    const lines = (await downloaded(el)).split('\r\n');
    expect(lines.map((line) => line.split(';')[0])).to.deep.equal([
      'Oyonnax',
      'Nantua',
      'Bellignat',
      '',
    ]);
  });

  it('is not offered when the first line names the column read, nor for a one-line list', async () => {
    const el = await checker();
    await paste(el, 'nom;commune\nA;Oyonnax\nB;Nantua\n');
    await finished(el);
    expect(box(el)).to.equal(null);
    const single = await checker();
    await paste(single, '01283\n');
    await finished(single);
    expect(box(single)).to.equal(null);
  });

  it('is reached with Tab and changed with Space, the focus staying on it', async () => {
    const el = await fixture<TiListCheck>(
      html`<div>
        <button>before</button
        ><ti-list-check company-api="none"></ti-list-check>
      </div>`
    ).then((div) => div.querySelector('ti-list-check')!);
    await paste(el, NAMES);
    await finished(el);
    (el.previousElementSibling as HTMLElement).focus();
    await tabUntil((active) => active === box(el));
    await press('Space');
    await el.updateComplete;
    await finished(el);
    expect(box(el)!.checked).to.equal(false);
    expect(rows(el)).to.have.length(3);
    expectFocusOn(box(el), 'after Space');
    await press('Space');
    await el.updateComplete;
    expect(rows(el)).to.have.length(2);
    expectFocusOn(box(el), 'after Space again');
    await expect(el).to.be.accessible();
  });

  it('keeps the choice with the list: the same text checked again is read the same way', async () => {
    const el = await checker();
    await paste(el, NAMES);
    await finished(el);
    await setHeader(el, false);
    await waitUntil(
      async () => (await loadList(listKey(NAMES)))?.header === false
    );
    const stored = await loadList(listKey(NAMES));
    expect(stored!.answers).to.have.length(3);

    const again = await checker();
    await again.check(NAMES);
    await again.updateComplete;
    expect(box(again)!.checked).to.equal(false);
    expect(rows(again)).to.have.length(3);
    expect(outcomes(again)).to.deep.equal(['in', 'in', 'in']);
  });

  it('resumes a list kept before the choice existed as it was guessed then', async () => {
    const el = await checker();
    await paste(el, NAMES);
    await finished(el);
    const older = (await loadList(listKey(NAMES)))!;
    delete older.header;
    await saveList(older);
    const again = await checker();
    await again.check(NAMES);
    await again.updateComplete;
    expect(box(again)!.checked).to.equal(true);
    expect(outcomes(again)).to.deep.equal(['in', 'in']);
  });

  it('guesses when a kept choice does not fit the text (a hostile store)', async () => {
    const text = '01283\n';
    await saveList({
      key: listKey(text),
      text,
      name: null,
      header: true,
      answers: [null],
      updatedAt: Date.now(),
    });
    const el = await checker();
    await el.check(text);
    await finished(el);
    expect(outcomes(el)).to.deep.equal(['in']);
  });

  it('speaks English', async () => {
    const el = await checker('en');
    await paste(el, NAMES);
    await finished(el);
    expect(text(box(el)!.closest('label'))).to.equal(
      'The first line is a header'
    );
    await setHeader(el, false);
    expect(column(el)).to.equal('No header line: column 1 is read.');
  });
});
