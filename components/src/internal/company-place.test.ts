import {
  elementUpdated,
  expect,
  fixture,
  html,
  oneEvent,
  waitUntil,
} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {validSirens} from '../../../packages/core/src/company-api/fixtures.ts';
import type {TiFundingWidget} from '../funding-widget/funding-widget.component.ts';
import '../funding-widget/funding-widget.ts';
import type {TiServiceFinder} from '../service-finder/service-finder.component.ts';
import '../service-finder/service-finder.ts';
import type {TiTerritoryCard} from '../territory-card/territory-card.component.ts';
import '../territory-card/territory-card.ts';
import {
  fakeCompanyApi,
  found,
  heldReply,
  notFound,
  unreachable,
} from './testing-company-api.ts';
import {$, $$, text} from './shadow-queries.ts';

const SIREN = '732829320';
const SIRET = '73282932000074';

let api: ReturnType<typeof fakeCompanyApi> | undefined;
afterEach(() => api?.restore());

const finder = async (template: ReturnType<typeof html>) => {
  const el = await fixture<TiServiceFinder>(template);
  await waitUntil(() => $(el, '#ti-place'), 'the finder did not render', {
    timeout: 5000,
  });
  return el;
};
const verdict = (el: Element) => text($(el, '[part="verdict"]'));
const field = (el: Element) => $<HTMLInputElement>(el, '#ti-place')!;

/** Types `value` into the finder's place field and checks it with Enter, as a keyboard user does. */
async function typePlace(el: TiServiceFinder, value: string) {
  field(el).focus();
  field(el).select();
  await sendKeys({type: value});
  setTimeout(() => sendKeys({press: 'Enter'}));
  return (await oneEvent(el, 'ti-place-resolve')).detail.answer;
}

describe('a company number typed as a place', () => {
  describe('in ti-service-finder', () => {
    it('locates a SIREN through the company API and shows the company by name and commune', async () => {
      api = fakeCompanyApi(found);
      const el = await finder(
        html`<ti-service-finder company-api=${api.origin}></ti-service-finder>`
      );
      await expect(el).to.be.accessible();
      const answer = await typePlace(el, SIREN);
      expect(answer.status).to.equal('in-territory');
      expect(answer.territory.id).to.equal('ti-9303');
      expect(answer.company.location).to.equal('head-office');
      await elementUpdated(el);
      expect(field(el).value).to.equal('CARREFOUR (CTIM) — Le Cannet (06)');
      expect(el.place).to.equal(SIREN);
      expect(verdict(el)).to.contain('Grasse – Cannes – Sophia Antipolis');
      expect(api.requests).to.deep.equal([SIREN]);
      await expect(el).to.be.accessible();
    });

    it('locates a SIRET at its establishment, not at the head office', async () => {
      api = fakeCompanyApi(found);
      const el = await finder(
        html`<ti-service-finder
          company-api=${api.origin}
          place=${`siret:${SIRET}`}
        ></ti-service-finder>`
      );
      await waitUntil(() => verdict(el).includes('Bastia'), undefined, {
        timeout: 5000,
      });
      expect(field(el).value).to.equal('CARREFOUR (CTIM) — Bastia (2B)');
    });

    it('keeps the place when the label it shows is checked again, without asking the API twice', async () => {
      api = fakeCompanyApi(found);
      const el = await finder(
        html`<ti-service-finder company-api=${api.origin}></ti-service-finder>`
      );
      await typePlace(el, SIREN);
      await elementUpdated(el);
      field(el).focus();
      setTimeout(() => sendKeys({press: 'Enter'}));
      const again = (await oneEvent(el, 'ti-place-resolve')).detail.answer;
      expect(again.status).to.equal('in-territory');
      expect(el.place).to.equal(SIREN);
      expect(api.requests).to.deep.equal([SIREN]);
    });

    it('says a company is not found in the directory', async () => {
      api = fakeCompanyApi(notFound);
      const el = await finder(
        html`<ti-service-finder company-api=${api.origin}></ti-service-finder>`
      );
      const answer = await typePlace(el, SIREN);
      expect(answer.reason.code).to.equal('company-not-found');
      await elementUpdated(el);
      expect(verdict(el)).to.equal('Entreprise introuvable');
      expect(text($(el, '[part="reason"]'))).to.contain(
        'ses données ne sont pas publiques'
      );
      expect(field(el).value).to.equal(SIREN);
    });

    it('says so when the directory cannot be reached, offers the offline ways, and retries from the keyboard', async () => {
      api = fakeCompanyApi(unreachable);
      const el = await finder(
        html`<ti-service-finder company-api=${api.origin}></ti-service-finder>`
      );
      const answer = await typePlace(el, SIREN);
      expect(answer.reason.code).to.equal('company-lookup-failed');
      // The core client's policy: the first attempt and 3 retries, no more.
      expect(api.requests).to.have.length(4);
      await elementUpdated(el);
      expect(verdict(el)).to.equal('Entreprise non localisée');
      const message = text($(el, '[part="company-unreachable"]'));
      expect(message).to.contain('ne répond pas');
      expect(message).to.contain('commune de l’établissement, son code postal');
      await expect(el).to.be.accessible();

      api.reply = found;
      $<HTMLButtonElement>(el, '[part="place-retry"]')!.focus();
      setTimeout(() => sendKeys({press: 'Enter'}));
      const retried = (await oneEvent(el, 'ti-place-resolve')).detail.answer;
      expect(retried.status).to.equal('in-territory');
      await elementUpdated(el);
      expect(field(el).value).to.equal('CARREFOUR (CTIM) — Le Cannet (06)');
    });

    it('says it is asking the directory while a slow answer comes', async () => {
      const slow = heldReply(found);
      api = fakeCompanyApi(slow.reply);
      const el = await finder(
        html`<ti-service-finder
          company-api=${api.origin}
          place=${SIREN}
        ></ti-service-finder>`
      );
      await waitUntil(() =>
        text($(el, '[part="place-answer"]')).includes(
          'Recherche de l’entreprise dans l’annuaire public'
        )
      );
      await expect(el).to.be.accessible();
      slow.release();
      await waitUntil(() => verdict(el).includes('Grasse'));
    });

    it('never asks the directory for an intercommunality, a commune or a postcode', async () => {
      api = fakeCompanyApi(found);
      const el = await finder(
        html`<ti-service-finder company-api=${api.origin}></ti-service-finder>`
      );
      for (const place of ['200034130', 'Feucherolles', '78810'])
        await typePlace(el, place);
      expect(api.requests).to.deep.equal([]);
    });

    it('speaks English', async () => {
      api = fakeCompanyApi(unreachable);
      const el = await finder(
        html`<ti-service-finder
          lang="en"
          company-api=${api.origin}
          place=${SIREN}
        ></ti-service-finder>`
      );
      await waitUntil(() => $(el, '[part="company-unreachable"]'), undefined, {
        timeout: 8000,
      });
      expect(verdict(el)).to.equal('Company not located');
      expect(text($(el, '[part="company-unreachable"]'))).to.contain(
        'Type the establishment’s commune, postcode or INSEE code instead'
      );
    });
  });

  describe('in ti-funding-widget', () => {
    it('locates the company and shows it by name in the field', async () => {
      api = fakeCompanyApi(found);
      const el = await fixture<TiFundingWidget>(
        html`<ti-funding-widget
          company-api=${api.origin}
          who="company"
          place=${SIREN}
        ></ti-funding-widget>`
      );
      await waitUntil(
        () => $(el, '[part="place"] [data-status="in-territory"]'),
        'the company was not located',
        {timeout: 5000}
      );
      await expect(el).to.be.accessible();
      expect(field(el).value).to.equal('CARREFOUR (CTIM) — Le Cannet (06)');
      expect(text($(el, '[part="place"]'))).to.contain('CARREFOUR (CTIM)');
    });

    it('says in words that a company is not in the directory', async () => {
      api = fakeCompanyApi(notFound);
      const el = await fixture<TiFundingWidget>(
        html`<ti-funding-widget
          company-api=${api.origin}
          place=${SIRET}
        ></ti-funding-widget>`
      );
      await waitUntil(
        () => $(el, '[part="place"] [data-status="not-found"]'),
        'no answer',
        {timeout: 5000}
      );
      expect(text($(el, '[part="place"] [data-status]'))).to.contain(
        'Entreprise introuvable dans l’annuaire public des entreprises'
      );
      expect(api.requests).to.deep.equal([SIRET]);
    });

    it('offers the offline ways and a retry when the directory cannot be reached', async () => {
      api = fakeCompanyApi(unreachable);
      const el = await fixture<TiFundingWidget>(
        html`<ti-funding-widget
          company-api=${api.origin}
          place=${SIREN}
        ></ti-funding-widget>`
      );
      await waitUntil(() => $(el, '[part="company-unreachable"]'), undefined, {
        timeout: 8000,
      });
      expect(text($(el, '[part="place"]'))).to.contain(
        'Entreprise non localisée'
      );
      expect(
        $(el, '[part="company-unreachable"] [part="place-retry"]')
      ).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('in ti-territory-card', () => {
    it('shows the territory of the company’s commune, with the company named', async () => {
      api = fakeCompanyApi(found);
      const el = await fixture<TiTerritoryCard>(
        html`<ti-territory-card
          company-api=${api.origin}
          place=${SIREN}
        ></ti-territory-card>`
      );
      await waitUntil(() => $(el, '[part="name"]'), undefined, {
        timeout: 5000,
      });
      await expect(el).to.be.accessible();
      expect(text($(el, '[part="name"]'))).to.equal(
        'Grasse – Cannes – Sophia Antipolis'
      );
      expect(text($(el, '[part="place"]'))).to.equal(
        'CARREFOUR (CTIM) — Le Cannet (06)'
      );
    });

    it('shares one client, and its limit of 2 requests in flight, between every component of the page', async () => {
      let inFlight = 0;
      let most = 0;
      api = fakeCompanyApi(async (q) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 100));
        inFlight -= 1;
        return found(q);
      });
      const sirens = validSirens(5);
      const page = await fixture<HTMLElement>(
        html`<div>
          ${sirens.map(
            (siren) =>
              html`<ti-territory-card
                company-api=${api!.origin}
                place=${siren}
              ></ti-territory-card>`
          )}
        </div>`
      );
      await waitUntil(
        () => api!.requests.length === 5 && inFlight === 0,
        'the five lookups did not end',
        {timeout: 8000}
      );
      expect(most).to.equal(2);
      const cards = [...page.querySelectorAll('ti-territory-card')];
      await waitUntil(() => cards.every((card) => $(card, '[part="name"]')));
      expect($$(cards[0]!, '[part="place"]')).to.have.length(1);
    });
  });
});
