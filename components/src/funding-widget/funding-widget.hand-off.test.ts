import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {render} from 'lit';
import type {TiFundingWidget} from './funding-widget.component.ts';
import {renderHandOffLinks} from './funding-widget.hand-off-links.ts';
import {fakeCompanyApi, found} from '../internal/testing-company-api.ts';
import {$, $$, text} from '../internal/shadow-queries.ts';
import './funding-widget.ts';

const SIREN = '732829320';
const SIRET = '73282932000074';
const ADVISERS = 'https://conseillers-entreprises.service-public.gouv.fr/';
const DIRECTORY = 'https://annuaire-entreprises.data.gouv.fr';

let api: ReturnType<typeof fakeCompanyApi> | undefined;
afterEach(() => api?.restore());

async function located(place: string, lang = 'fr') {
  api = fakeCompanyApi(found);
  const el = await fixture<TiFundingWidget>(
    html`<ti-funding-widget
      lang=${lang}
      company-api=${api.origin}
      who="company"
      place=${place}
    ></ti-funding-widget>`
  );
  await waitUntil(() => $(el, '[part="hand-off"]'), 'no hand-off links', {
    timeout: 8000,
  });
  return el;
}

const links = (root: Element | ShadowRoot) =>
  [...root.querySelectorAll<HTMLAnchorElement>('[part="hand-off-link"]')].map(
    (a) => [text(a), a.href]
  );

describe('ti-funding-widget hand-off', () => {
  it('links the advisers’ service with the SIRET and the establishment’s directory page', async () => {
    const el = await located(`siret:${SIRET}`);
    await expect(el).to.be.accessible();
    expect(links(el.shadowRoot!)).to.deep.equal([
      ['Contacter un conseiller', `${ADVISERS}?siret=${SIRET}`],
      [
        'Fiche sur l’annuaire des entreprises',
        `${DIRECTORY}/etablissement/${SIRET}`,
      ],
    ]);
    const list = $(el, '[part="hand-off"]')!;
    expect(list.getAttribute('aria-label')).to.equal(
      'Passer le relais pour CARREFOUR (CTIM)'
    );
    expect(text(list)).to.contain('SIRET prérempli');
  });

  it('gives the home page and the company’s page when the register’s SIRET is not a valid one', async () => {
    // The fixtures' head office SIRET (…00013) fails its checksum: it must not reach a URL.
    const el = await located(SIREN);
    expect(links(el.shadowRoot!)).to.deep.equal([
      ['Contacter un conseiller', ADVISERS],
      [
        'Fiche sur l’annuaire des entreprises',
        `${DIRECTORY}/entreprise/${SIREN}`,
      ],
    ]);
    expect(text($(el, '[part="hand-off"]'))).not.to.contain('prérempli');
    await expect(el).to.be.accessible();
  });

  it('shows no hand-off for a place that is no company', async () => {
    const el = await fixture<TiFundingWidget>(
      html`<ti-funding-widget place="insee:01283"></ti-funding-widget>`
    );
    await waitUntil(
      () => $(el, '[part="place"] [data-status]'),
      'place was not resolved',
      {timeout: 8000}
    );
    await waitUntil(() => $(el, '[part="counts"]'));
    expect($(el, '[part="hand-off"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reaches both links with Tab', async () => {
    const el = await located(`siret:${SIRET}`);
    const [adviser, directory] = $$(el, '[part="hand-off-link"]');
    adviser!.focus();
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(directory);
  });

  it('speaks English', async () => {
    const el = await located(`siret:${SIRET}`, 'en');
    expect(links(el.shadowRoot!).map(([label]) => label)).to.deep.equal([
      'Contact an adviser',
      'Page on the Annuaire des entreprises',
    ]);
    expect(text($(el, '[part="hand-off"]'))).to.contain('SIRET filled in');
    await expect(el).to.be.accessible();
  });

  it('never puts hostile register values into a link or the page', () => {
    const host = document.createElement('div');
    render(
      renderHandOffLinks(
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
    expect(links(host)).to.deep.equal([['Contacter un conseiller', ADVISERS]]);
    expect(host.querySelector('img')).to.equal(null);
    expect(host.querySelector('ul')!.getAttribute('aria-label')).to.equal(
      'Passer le relais pour <img src=x onerror=alert(1)>'
    );
  });
});
