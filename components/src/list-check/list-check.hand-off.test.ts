import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {render} from 'lit';
import {validSirens} from '../../../packages/core/src/company-api/fixtures.ts';
import {
  fakeCompanyApi,
  found,
  unreachable,
} from '../internal/testing-company-api.ts';
import {$, $$, text} from '../internal/shadow-queries.ts';
import type {TiListCheck} from './list-check.component.ts';
import {renderRowHandOff} from './list-check.hand-off.ts';
import {clearLists} from './list-check.store.ts';
import {
  downloaded,
  finished,
  outcomes,
  paste,
  rows,
} from './list-check.testing.ts';
import './list-check.ts';

const SIREN = '732829320';
const SIRET = '73282932000074';
const FAILING = validSirens(1)[0]!;
const ADVISERS = 'https://conseillers-entreprises.service-public.gouv.fr/';
const DIRECTORY = 'https://annuaire-entreprises.data.gouv.fr';
const LIST = `${SIRET}\n${SIREN}\n01283\n${FAILING}`;

let api: ReturnType<typeof fakeCompanyApi> | undefined;
beforeEach(() => clearLists());
afterEach(() => api?.restore());

/** A checked list: a SIRET, a SIREN, a commune's INSEE code and a company whose lookup fails. */
async function checked(lang = 'fr') {
  api = fakeCompanyApi((q) =>
    q.startsWith(FAILING) ? unreachable(q) : found(q)
  );
  const el = await fixture<TiListCheck>(
    html`<ti-list-check
      lang=${lang}
      company-api=${api.origin}
      no-store
    ></ti-list-check>`
  );
  await paste(el, LIST);
  await finished(el);
  return el;
}

/** Each row's links: accessible name (the text, hidden words included) and address. */
const linksOf = (row: Element) =>
  [...row.querySelectorAll<HTMLAnchorElement>('[part="hand-off-link"]')].map(
    (a) => [text(a), a.href]
  );

describe('<ti-list-check> hand-off', () => {
  it('hands each found company on, and nothing else', async () => {
    const el = await checked();
    await expect(el).to.be.accessible();
    expect(outcomes(el)).to.deep.equal(['in', 'in', 'in', 'failed']);
    expect(rows(el).map(linksOf)).to.deep.equal([
      [
        [
          'Contacter un conseiller, ligne 1 : CARREFOUR (CTIM)',
          `${ADVISERS}?siret=${SIRET}`,
        ],
        [
          'Fiche sur l’annuaire des entreprises, ligne 1 : CARREFOUR (CTIM)',
          `${DIRECTORY}/etablissement/${SIRET}`,
        ],
      ],
      // The register's head office SIRET fails its checksum: the service's home page, the company's page.
      [
        ['Contacter un conseiller, ligne 2 : CARREFOUR (CTIM)', ADVISERS],
        [
          'Fiche sur l’annuaire des entreprises, ligne 2 : CARREFOUR (CTIM)',
          `${DIRECTORY}/entreprise/${SIREN}`,
        ],
      ],
      [],
      [],
    ]);
  });

  it('shows only the link’s words, the row and company hidden from sight', async () => {
    const el = await checked();
    const [adviser] = $$<HTMLAnchorElement>(el, '[part="hand-off-link"]');
    const hidden = adviser!.querySelector('.ti-visually-hidden')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    const shown = [...adviser!.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('');
    expect(shown.trim()).to.equal('Contacter un conseiller');
    expect(text($(el, 'thead tr')).endsWith('Passer le relais')).to.equal(true);
  });

  it('reaches every link with Tab from the table, in row order', async () => {
    const el = await checked();
    const links = $$<HTMLAnchorElement>(el, '[part="hand-off-link"]');
    expect(links).to.have.length(4);
    $<HTMLElement>(el, '[part="table-wrapper"]')!.focus();
    for (const link of links) {
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(link);
    }
  });

  it('keeps the result file’s columns: no links in the CSV', async () => {
    const el = await checked();
    const csv = await downloaded(el);
    expect(csv).not.to.contain('conseillers-entreprises');
    expect(csv).not.to.contain('annuaire-entreprises');
  });

  it('speaks English', async () => {
    const el = await checked('en');
    expect(linksOf(rows(el)[0]!).map(([name]) => name)).to.deep.equal([
      'Contact an adviser, row 1: CARREFOUR (CTIM)',
      'Page on the Annuaire des entreprises, row 1: CARREFOUR (CTIM)',
    ]);
    expect(text($(el, 'thead tr')).endsWith('Hand on')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('never puts hostile register values into a link or the page', () => {
    const host = document.createElement('div');
    render(
      renderRowHandOff(
        '1',
        {
          siren: 'javascript:alert(1)',
          siret: `${SIRET}"><img src=x onerror=alert(1)>`,
          name: '<img src=x onerror=alert(1)>',
          location: 'establishment',
        },
        'fr'
      ),
      host
    );
    expect(linksOf(host)).to.deep.equal([
      [
        'Contacter un conseiller, ligne 1 : <img src=x onerror=alert(1)>',
        ADVISERS,
      ],
    ]);
    expect(host.querySelector('img')).to.equal(null);
  });

  it('names the row alone for a company without a name', () => {
    const host = document.createElement('div');
    render(
      renderRowHandOff(
        '12',
        {siren: SIREN, siret: null, name: '', location: 'head-office'},
        'fr'
      ),
      host
    );
    expect(linksOf(host).map(([name]) => name)).to.deep.equal([
      'Contacter un conseiller, ligne 12',
      'Fiche sur l’annuaire des entreprises, ligne 12',
    ]);
  });
});
