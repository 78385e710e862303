import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {validSirens} from '../../../packages/core/src/company-api/fixtures.ts';
import {
  fakeCompanyApi,
  found,
  unreachable,
} from '../internal/testing-company-api.ts';
import {$, $$, text} from '../internal/shadow-queries.ts';
import {HIGH_CONTRAST} from '../styles/high-contrast.ts';
import type {TiListCheck} from './list-check.component.ts';
import {clearLists} from './list-check.store.ts';
import {
  announced,
  downloaded,
  drop,
  finished,
  outcomes,
  paste,
  rows,
} from './list-check.testing.ts';
import './list-check.ts';

const SIRET = '73282932000074';
const OYONNAX = '01283';
const PARIS_8 = '75108';

let api: ReturnType<typeof fakeCompanyApi> | undefined;
beforeEach(() => clearLists());
afterEach(() => api?.restore());

const checker = (companyApi = 'none') =>
  fixture<TiListCheck>(
    html`<ti-list-check company-api=${companyApi}></ti-list-check>`
  );

describe('<ti-list-check>', () => {
  it('is accessible before a list, with its file field, drop zone and paste field', async () => {
    const el = await checker();
    await expect(el).to.be.accessible();
    expect($(el, 'input[type="file"]')).not.to.equal(null);
    expect($(el, '[part="drop"]')).not.to.equal(null);
    expect($(el, 'textarea')).not.to.equal(null);
    expect($(el, '[part="table"]')).to.equal(null);
  });

  it('checks a pasted list, one identifier per line, offline for INSEE codes', async () => {
    const el = await checker();
    await paste(el, `insee:${OYONNAX}\ninsee:${PARIS_8}\n`);
    await finished(el);
    expect(outcomes(el)).to.deep.equal(['in', 'out']);
    const first = rows(el)[0]!;
    expect(text(first)).to.contain('Oyonnax');
    expect(text(first)).to.contain('ti-8413');
    expect(text(first)).to.contain('Dans un territoire');
    await expect(el).to.be.accessible();
  });

  it('reads a dropped CSV file by its named column, in the file order', async () => {
    const el = await checker();
    await drop(el, `nom;code_postal\nA;01100\nB;75008\n`);
    await finished(el);
    expect(rows(el).map((row) => text(row.querySelector('td')))).to.deep.equal([
      '01100',
      '75008',
    ]);
    // The column says postcode: 01100 is Oyonnax's postcode, not an INSEE code.
    expect(text(rows(el)[0]!)).to.contain('Oyonnax');
  });

  it('reads a file chosen in the file field', async () => {
    const el = await checker();
    const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([`insee\n${OYONNAX}\n`], 'liste.csv'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await finished(el);
    expect(outcomes(el)).to.deep.equal(['in']);
  });

  it('looks SIRETs up through the company API, and shows a failure as failed, never as not found', async () => {
    api = fakeCompanyApi(unreachable);
    const el = await checker(api.origin);
    await paste(el, `${SIRET}\ninsee:${OYONNAX}`);
    await finished(el);
    expect(outcomes(el)).to.deep.equal(['failed', 'in']);
    expect(text(rows(el)[0]!)).to.contain('Échec de l’annuaire');
    expect(text(rows(el)[0]!)).not.to.contain('Introuvable');
    await expect(el).to.be.accessible();

    api.reply = found;
    const retry = $<HTMLButtonElement>(el, '[data-action="retry"]')!;
    expect(text(retry)).to.equal('Réessayer la ligne en échec');
    retry.click();
    await waitUntil(() => outcomes(el)[0] === 'in', 'retried row', {
      timeout: 8000,
    });
    expect($(el, '[data-action="retry"]')).to.equal(null);
  });

  it('fills a progress bar, fires ti-list-progress per row and ti-list-done once, and announces every tenth only', async () => {
    const el = await checker();
    const said = new Set<string>();
    const live = $(el, '[role="status"]')!;
    new MutationObserver(() => said.add(text(live))).observe(live, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    const progress: number[] = [];
    el.addEventListener('ti-list-progress', (event) =>
      progress.push(event.detail.answered)
    );
    const done = oneEvent(el, 'ti-list-done');
    const codes = Array.from({length: 30}, () => `insee:${OYONNAX}`);
    await paste(el, codes.join('\n'));
    const {detail} = await done;
    expect(detail.total).to.equal(30);
    expect(detail.counts).to.deep.equal({in: 30, out: 0, other: 0, failed: 0});
    expect(progress).to.deep.equal(codes.map((_, i) => i + 1));
    await el.updateComplete;
    const bar = $<HTMLProgressElement>(el, 'progress')!;
    expect(bar.max).to.equal(30);
    expect(bar.value).to.equal(30);
    // Start, each tenth at most, and the end: never one announcement per row.
    expect(said.size).to.be.at.most(12);
    expect(announced(el)).to.equal(
      'Vérification terminée : 30 lignes vérifiées.'
    );
  });

  it('filters the rows: in a territory, not in one, to be clarified, failed', async () => {
    api = fakeCompanyApi(unreachable);
    const el = await checker(api.origin);
    await paste(
      el,
      [
        `insee:${OYONNAX}`,
        `insee:${PARIS_8}`,
        SIRET,
        'zzzz-pas-un-lieu-1',
      ].join('\n')
    );
    await finished(el);
    const choose = async (value: string) => {
      const radio = $<HTMLInputElement>(el, `input[value="${value}"]`)!;
      radio.click();
      await el.updateComplete;
    };
    await choose('in');
    expect(outcomes(el)).to.deep.equal(['in']);
    await choose('out');
    expect(outcomes(el)).to.deep.equal(['out']);
    await choose('failed');
    expect(outcomes(el)).to.deep.equal(['failed']);
    await expect(el).to.be.accessible();
    await choose('other');
    expect(outcomes(el)).to.deep.equal(['other']);
    await choose('all');
    expect(rows(el)).to.have.length(4);
    expect(text($(el, '[part="filters"]'))).to.contain('En échec (1)');
  });

  it('downloads the list as CSV with the answer columns, formulas neutralised', async () => {
    const el = await checker();
    await drop(
      el,
      `insee;note\n${OYONNAX};=HYPERLINK("https://example.test","x")\n`
    );
    await finished(el);
    const csv = await downloaded(el);
    const [header, row] = csv.split('\r\n');
    expect(header).to.equal(
      'insee;note;territory_id;territory_name;status;reason;commune;epci'
    );
    expect(row).to.match(/^01283;"'=HYPERLINK\(/);
    expect(row).to.contain(';ti-8413;');
    expect(row).to.contain(';in-territory;');
  });

  it('names the result after the file', async () => {
    const el = await checker();
    await drop(el, `insee\n${OYONNAX}\n`, 'portefeuille.csv');
    await finished(el);
    const real = HTMLAnchorElement.prototype.click;
    let name = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      name = this.download;
    };
    try {
      $<HTMLButtonElement>(el, '[data-action="download"]')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = real;
    }
    expect(name).to.equal('portefeuille-territoires.csv');
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<TiListCheck>(
      html`<ti-list-check lang="en" company-api="none"></ti-list-check>`
    );
    expect(text($(el, 'label[for="file"]'))).to.equal('Choose a CSV file');
    await paste(el, `insee:${OYONNAX}`);
    await finished(el);
    expect(text(rows(el)[0]!)).to.contain('In a territory');
    expect(text($(el, 'caption'))).to.equal('Results: rows 1 to 1 of 1');
    await expect(el).to.be.accessible();
  });

  it('shows a long list a page of 100 rows at a time', async () => {
    const el = await checker();
    const codes = Array.from({length: 150}, (_, i) =>
      i % 2 ? `insee:${PARIS_8}` : `insee:${OYONNAX}`
    );
    await paste(el, codes.join('\n'));
    await finished(el);
    expect(rows(el)).to.have.length(100);
    expect(text($(el, 'caption'))).to.equal(
      'Résultats : lignes 1 à 100 sur 150'
    );
    const next = $<HTMLButtonElement>(el, '[data-action="next-page"]')!;
    next.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(50);
    expect(text(rows(el)[0]!.querySelector('th'))).to.equal('101');
    expect(text($(el, '[part="pages"]'))).to.contain('Page 2 sur 2');
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    next.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(50);
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, 'input[value="out"]')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(75);
    expect(text($(el, 'caption'))).to.equal(
      'Résultats : lignes 1 à 75 sur 75 retenues par le filtre (150 dans la liste)'
    );
    $<HTMLInputElement>(el, 'input[value="failed"]')!.click();
    await el.updateComplete;
    expect(text($(el, 'caption'))).to.equal(
      'Résultats : aucune ligne retenue par le filtre (150 dans la liste)'
    );
  });

  for (const theme of ['dark', 'sober', 'contrast'] as const)
    it(`is accessible in the ${theme} theme with every kind of row`, async () => {
      api = fakeCompanyApi(unreachable);
      const wrapper = await fixture<HTMLElement>(
        html`<div
          style="padding:1rem;background:${theme === 'dark' ? '#161a20' : theme === 'contrast' ? '#000' : '#fff'};${theme === 'contrast' ? HIGH_CONTRAST : ''}"
        >
          <ti-list-check
            theme=${theme === 'contrast' ? 'light' : theme}
            company-api=${api.origin}
          ></ti-list-check>
        </div>`
      );
      const el = wrapper.querySelector('ti-list-check')!;
      await paste(
        el,
        [`insee:${OYONNAX}`, `insee:${PARIS_8}`, SIRET, 'cp:01750'].join('\n')
      );
      await finished(el);
      expect(outcomes(el)).to.deep.equal(['in', 'out', 'failed', 'other']);
      await expect(el).to.be.accessible();
    });

  it('checks many different SIRETs under the client limits', async () => {
    api = fakeCompanyApi(found);
    const el = await checker(api.origin);
    const sirets = validSirens(6).map((siren) => `siren:${siren}`);
    await paste(el, sirets.join('\n'));
    await finished(el);
    expect(api.requests).to.have.length(6);
    expect($$(el, '[data-outcome="in"]')).to.have.length(6);
  });
});
