import {expect, fixture, html} from '@open-wc/testing';
import {$, $$, text} from '../internal/shadow-queries.ts';
import type {TiListCheck} from './list-check.component.ts';
import {clearLists, latestList, saveList} from './list-check.store.ts';
import type {StoredList} from './list-check.store.ts';
import {drop, errorText, finished, paste, rows} from './list-check.testing.ts';
import './list-check.ts';

beforeEach(() => clearLists());

const checker = () =>
  fixture<TiListCheck>(
    html`<ti-list-check company-api="none"></ti-list-check>`
  );

describe('<ti-list-check> with hostile input', () => {
  it('refuses a huge file before reading it', async () => {
    const el = await checker();
    const real = Blob.prototype.arrayBuffer;
    let reads = 0;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      reads++;
      return real.call(this);
    };
    try {
      await drop(el, new Uint8Array(5_000_001));
    } finally {
      Blob.prototype.arrayBuffer = real;
    }
    expect(reads).to.equal(0);
    expect(errorText(el)).to.equal(
      'Le fichier est trop gros : 5 000 000 octets au plus. Découpez la liste.'
    );
    expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });

  it('refuses a binary file (a workbook, an image) with a clear message', async () => {
    const el = await checker();
    const bytes = new Uint8Array(2000).map((_, i) => (i * 131 + 7) % 256);
    bytes.set([0x50, 0x4b, 0x03, 0x04], 0);
    await drop(el, bytes, 'liste.xlsx');
    expect(errorText(el)).to.contain('n’est pas un fichier texte');
    expect($(el, '[part="table"]')).to.equal(null);
  });

  it('refuses a Latin-1 file, saying to save it as UTF-8', async () => {
    const el = await checker();
    const latin1 = Uint8Array.from(
      'commune\nSaint-\u00c9tienne\nB\u00e9ziers\nOyonnax\nMontb\u00e9liard\n',
      (c) => c.charCodeAt(0)
    );
    await drop(el, latin1);
    expect(errorText(el)).to.contain('n’est pas encodé en UTF-8');
  });

  it('says where a quote is never closed', async () => {
    const el = await checker();
    await paste(el, 'siret;nom\n"123;x\n');
    expect(errorText(el)).to.contain('ligne 2');
  });

  it('asks for a list when the field is empty', async () => {
    const el = await checker();
    $<HTMLButtonElement>(el, '[data-action="check"]')!.click();
    await el.updateComplete;
    expect(errorText(el)).to.equal(
      'Collez au moins une ligne avant de lancer la vérification.'
    );
  });

  it('shows formulas and markup in cells as text, and runs nothing', async () => {
    const el = await checker();
    const hostile = [
      '=HYPERLINK("javascript:alert(1)","clic")',
      '<img src=x onerror="window.__tiHostile=1">',
      '@SUM(1+1)',
    ];
    const quoted = hostile.map((cell) => `"${cell.replaceAll('"', '""')}"`);
    await paste(el, ['valeur', ...quoted].join('\n'));
    await finished(el);
    expect(rows(el).map((row) => text(row.querySelector('td')))).to.deep.equal(
      hostile
    );
    expect($$(el, 'a, img, script')).to.have.length(0);
    expect((window as {__tiHostile?: number}).__tiHostile).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('ignores a stored list that is not one of its own', async () => {
    await saveList({
      key: 'x',
      text: 'insee\n01283',
      name: null,
      answers: [{status: 'in-territory', reason: 42}],
      updatedAt: Date.now(),
    } as unknown as StoredList);
    expect(await latestList()).to.equal(null);
    const el = await checker();
    await el.updateComplete;
    expect($(el, '[part="previous"]')).to.equal(null);
  });
});
