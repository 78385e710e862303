import {
  elementUpdated,
  expect,
  fixture,
  html,
  oneEvent,
  waitUntil,
} from '@open-wc/testing';
import {loadCatalogue} from '@ti-toolkit/core/catalogue';
import * as engine from '@ti-toolkit/core/catalogue/eligibility';
import {sendKeys} from '@web/test-runner-commands';
import {render} from 'lit';
import type {TiFundingWidget} from './funding-widget.component.ts';
import {renderGroups} from './funding-widget.results.ts';
import {$, $$, text} from '../internal/shadow-queries.ts';
import './funding-widget.ts';

const result = (el: TiFundingWidget, id: string) =>
  $(el, `[part="result"][data-scheme="${id}"]`);
const groupToggle = (el: TiFundingWidget, verdict: string) =>
  $<HTMLButtonElement>(
    el,
    `[part="group"][data-verdict="${verdict}"] [part="group-toggle"]`
  );

/** Unfolds every folded group. */
async function unfold(el: TiFundingWidget): Promise<void> {
  for (const button of $$(el, '[part="group-toggle"][aria-expanded="false"]'))
    button.click();
  await el.updateComplete;
}

/** A scheme's result with its details open (its group unfolded if need be). */
async function opened(el: TiFundingWidget, id: string): Promise<HTMLElement> {
  if (!result(el, id)) await unfold(el);
  const toggle = result(el, id)!.querySelector<HTMLElement>('[part="toggle"]')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
  return result(el, id)!;
}
const placeText = (el: TiFundingWidget) =>
  text($(el, '[part="place"] [data-status]'));

async function ready(el: TiFundingWidget): Promise<TiFundingWidget> {
  await waitUntil(() => $(el, '[part="counts"]'), 'results did not render');
  if (el.place.trim())
    await waitUntil(
      () => $(el, '[part="place"] [data-status]'),
      'place was not resolved',
      // The first place loads the commune tables.
      {timeout: 5000}
    );
  await elementUpdated(el);
  return el;
}

const widget = async (template: ReturnType<typeof html>) =>
  ready(await fixture<TiFundingWidget>(template));

const oyonnaxSme = () =>
  widget(
    html`<ti-funding-widget
      who="company"
      size="sme"
      place="Oyonnax"
      project="hiring"
      hires="3"
    ></ti-funding-widget>`
  );

describe('ti-funding-widget', () => {
  it('is accessible', async () => {
    const el = await widget(html`<ti-funding-widget></ti-funding-widget>`);
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('asks who, where and what, and shows every scheme grouped by verdict with the counts', async () => {
      const el = await widget(html`<ti-funding-widget></ti-funding-widget>`);
      expect($$(el, 'fieldset legend').map(text)).to.deep.equal([
        'Qui êtes-vous ?',
        'Où se situe le projet ?',
        'Quel projet ?',
      ]);
      expect($<HTMLSelectElement>(el, '#ti-who')!.value).to.equal('company');
      expect($(el, '#ti-size')).to.not.equal(null);
      expect($(el, '#ti-hires')).to.equal(null);
      expect($$(el, 'input[type="checkbox"]')).to.have.length(11);
      const counts = text($(el, '[part="counts"]'));
      expect(counts).to.match(
        /^\d+ éligibles?, \d+ à vérifier, \d+ non éligibles?$/
      );
      const [eligible, toCheck, notEligible] = counts
        .match(/\d+/g)!
        .map(Number);
      // The schemes that fit or are to check show; those ruled out wait, folded, with their count.
      expect($$(el, '[part="result"]')).to.have.length(eligible! + toCheck!);
      const folded = groupToggle(el, 'not-eligible')!;
      expect(text(folded)).to.equal(`Non éligibles (${notEligible})`);
      expect(folded.getAttribute('aria-expanded')).to.equal('false');
      expect(
        $(el, `#${folded.getAttribute('aria-controls')}`)!.hidden
      ).to.equal(true);
      expect(
        groupToggle(el, 'to-check')!.getAttribute('aria-expanded')
      ).to.equal('true');
      await unfold(el);
      expect($$(el, '[part="result"]'))
        .to.have.length(eligible! + toCheck! + notEligible!)
        .and.to.have.length.greaterThan(10);
      expect($(el, '[part="counts"]')!.getAttribute('role')).to.equal('status');
      expect(el.theme).to.equal('auto');
    });

    it('downloads no place table until a place is entered', async () => {
      await widget(html`<ti-funding-widget></ti-funding-widget>`);
      const loaded = performance
        .getEntriesByType('resource')
        .map((e) => e.name);
      expect(
        loaded.some((name) => name.includes('generated/communes.js'))
      ).to.equal(false);
    });

    it('tells it is loading first, politely', async () => {
      const el = await fixture<TiFundingWidget>(
        html`<ti-funding-widget></ti-funding-widget>`
      );
      const status = $(el, '[role="status"]');
      if (status) expect(text(status)).to.match(/Chargement|éligible/);
      await ready(el);
    });

    it('says when the catalogue fails, and retries', async () => {
      const el = await widget(html`<ti-funding-widget></ti-funding-widget>`);
      const catalogue = (el as unknown as {catalogue: {state: unknown}})
        .catalogue;
      catalogue.state = {status: 'error', error: new Error('offline')};
      el.requestUpdate();
      await elementUpdated(el);
      const alert = $(el, '[role="alert"]')!;
      expect(text(alert)).to.contain('n’ont pas pu être chargées');
      await expect(el).to.be.accessible();
      alert.querySelector('button')!.click();
      await waitUntil(() => $(el, '[part="counts"]'), 'retry did not load');
    });
  });

  describe('compact results', () => {
    it('shows each scheme in one line, and why, its amounts and how to apply on demand', async () => {
      const el = await oyonnaxSme();
      const vte = result(el, 'vte-ti')!;
      const title = vte.querySelector('[part="title"]')!;
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('4');
      const toggle = title.querySelector<HTMLElement>('button[part="toggle"]')!;
      expect(text(toggle)).to.match(/^VTE Territoires d/);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(
        text(vte.querySelector('[part="meta"] [part="estimate"]'))
      ).to.contain('12 000');
      for (const part of [
        'reasons',
        'description',
        'amounts',
        'facts',
        'source',
      ])
        expect(vte.querySelector(`[part="${part}"]`), part).to.equal(null);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const panel = $(el, `#${toggle.getAttribute('aria-controls')}`)!;
      expect(panel.hidden).to.equal(false);
      for (const part of [
        'reasons',
        'description',
        'amounts',
        'facts',
        'source',
      ])
        expect(panel.querySelector(`[part="${part}"]`), part).to.not.equal(
          null
        );
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(vte.querySelector('[part="reasons"]')).to.equal(null);
    });

    it('folds the schemes the answers rule out, with their count, and unfolds them on demand', async () => {
      const el = await oyonnaxSme();
      const folded = groupToggle(el, 'not-eligible')!;
      const count = Number(text(folded).match(/^Non éligibles \((\d+)\)$/)![1]);
      expect(count).to.be.greaterThan(0);
      expect(
        $$(el, '[part="result"][data-verdict="not-eligible"]')
      ).to.have.length(0);
      await expect(el).to.be.accessible();
      folded.click();
      await el.updateComplete;
      expect(folded.getAttribute('aria-expanded')).to.equal('true');
      expect(
        $$(el, '[part="result"][data-verdict="not-eligible"]')
      ).to.have.length(count);
      await expect(el).to.be.accessible();
      // The other groups fold too, on demand.
      groupToggle(el, 'to-check')!.click();
      await el.updateComplete;
      expect($$(el, '[part="result"][data-verdict="to-check"]')).to.have.length(
        0
      );
      expect(text($(el, '[part="counts"]'))).to.match(/\d+ à vérifier/);
    });

    it('never shows an estimate on a scheme it rules out, even after the answers change', async () => {
      const el = await oyonnaxSme();
      expect(
        result(el, 'vte-ti')!.querySelector('[part="estimate"]')
      ).to.not.equal(null);
      el.who = 'local-authority';
      await el.updateComplete;
      await unfold(el);
      expect(result(el, 'vte-ti')!.getAttribute('data-verdict')).to.equal(
        'not-eligible'
      );
      await opened(el, 'vte-ti');
      expect(text($(el, '[part="base"]'))).to.not.contain('Estimation');
    });

    it('draws no estimate on a ruled-out scheme, whatever the engine says', async () => {
      const catalogue = await loadCatalogue();
      const vte = catalogue.schemes.find((s) => s.id === 'vte-ti')!;
      const estimate = {euros: 12000, hires: 3, perHire: 4000, confirmed: true};
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const draw = (verdict: 'to-check' | 'not-eligible') =>
        render(
          renderGroups([{scheme: vte, verdict, reasons: [], estimate}], {
            lang: 'fr',
            level: 3,
            operators: catalogue.operators,
            engine,
            reportUrl: '',
            source: '',
            folded: new Set(),
            expanded: new Set(),
            onToggleGroup: () => {},
            onToggle: () => {},
          }),
          host
        );
      draw('to-check');
      expect(text(host.querySelector('[part="estimate"]'))).to.contain(
        '12 000'
      );
      draw('not-eligible');
      expect(host.querySelector('[part="estimate"]')).to.equal(null);
      expect(text(host)).to.not.contain('12 000');
    });
  });

  describe('attributes', () => {
    it('prefills every answer and shows the VTE to check, with its estimate flagged unconfirmed', async () => {
      const el = await oyonnaxSme();
      expect($<HTMLSelectElement>(el, '#ti-size')!.value).to.equal('sme');
      // The field shows the place as people write it; the attribute keeps what was given.
      expect($<HTMLInputElement>(el, '#ti-place')!.value).to.equal(
        'Oyonnax (01) — Ain'
      );
      expect(el.place).to.equal('Oyonnax');
      expect(
        $<HTMLInputElement>(el, 'input[value="hiring"]')!.checked
      ).to.equal(true);
      expect($<HTMLInputElement>(el, '#ti-hires')!.value).to.equal('3');
      expect(placeText(el)).to.contain('Plastics Vallée – Oyonnax');
      expect(
        performance
          .getEntriesByType('resource')
          .some((e) => e.name.includes('generated/communes.js'))
      ).to.equal(true);
      const vte = await opened(el, 'vte-ti');
      expect(
        vte.closest('[part="group"]')!.getAttribute('data-verdict')
      ).to.equal('to-check');
      expect(text(vte.querySelector('[part="verdict"]'))).to.equal(
        'À vérifier'
      );
      expect(text(vte.querySelector('[part="status"]'))).to.equal(
        'Statut : Non confirmé'
      );
      expect(text(vte.querySelector('[part="status-note"]'))).to.not.equal('');
      const estimate = vte.querySelector('[part="estimate"]')!;
      expect(text(estimate).replace(/\s/g, ' ')).to.equal(
        'Estimation : 3 × 4 000 € = 12 000 € (montant non confirmé)'
      );
      expect(estimate.getAttribute('data-confirmed')).to.equal('false');
      const reasons = [...vte.querySelectorAll('[part="reason"]')];
      expect(
        reasons.some(
          (r) =>
            r.getAttribute('data-met') === 'met' &&
            text(r).includes('Plastics Vallée')
        )
      ).to.equal(true);
      const icons = [...vte.querySelectorAll('[part="reason"] [role="img"]')];
      expect(icons.map((i) => i.getAttribute('aria-label'))).to.include.members(
        ['Condition remplie', 'À vérifier']
      );
      expect(text(vte.querySelector('[part="source"]'))).to.match(
        /^Source : .+, (\d+ )?\S+ \d{4}$/
      );
      expect(
        vte.querySelector<HTMLAnchorElement>('[part="apply"]')!.protocol
      ).to.equal('https:');
    });

    it('says a place outside every territory makes the VTE not eligible, with no estimate', async () => {
      const el = await widget(
        html`<ti-funding-widget
          size="sme"
          place="insee:75056"
          project="hiring"
          hires="3"
        ></ti-funding-widget>`
      );
      expect(placeText(el)).to.contain('dans aucun Territoire d’industrie');
      const vte = await opened(el, 'vte-ti');
      expect(vte.getAttribute('data-verdict')).to.equal('not-eligible');
      expect(text(vte.querySelector('[data-met="notMet"]'))).to.contain(
        "le lieu n'en fait pas partie"
      );
      expect(vte.querySelector('[part="estimate"]')).to.equal(null);
    });

    it('asks no company size of a local authority, and finds its schemes', async () => {
      const el = await widget(
        html`<ti-funding-widget
          who="local-authority"
          place="Oyonnax"
        ></ti-funding-widget>`
      );
      expect($(el, '#ti-size')).to.equal(null);
      expect(
        result(el, 'ingenierie-anct')!.getAttribute('data-verdict')
      ).to.equal('eligible');
      await unfold(el);
      expect(result(el, 'vte-ti')!.getAttribute('data-verdict')).to.equal(
        'not-eligible'
      );
    });

    it('says what works instead when the site asks no company directory (company-api="none")', async () => {
      const el = await widget(
        html`<ti-funding-widget
          company-api="none"
          place="siren:552032534"
        ></ti-funding-widget>`
      );
      expect(placeText(el)).to.contain('Entreprise non localisée');
      expect(text($(el, '[part="company-unreachable"]'))).to.contain(
        'code postal'
      );
      expect(result(el, 'vte-ti')!.getAttribute('data-verdict')).to.equal(
        'to-check'
      );
    });

    it('ignores invalid values and says so, visibly and accessibly', async () => {
      const el = await widget(
        html`<ti-funding-widget
          who="ceo"
          size="huge"
          project="hiring,flying"
          hires="-2"
        ></ti-funding-widget>`
      );
      const alert = $(el, '[part="messages"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect([...alert.querySelectorAll('p')].map(text)).to.deep.equal([
        'Type de bénéficiaire inconnu : « ceo ». Choisissez-le dans la liste.',
        'Taille d’entreprise inconnue : « huge ». Choisissez-la dans la liste.',
        'Type de projet inconnu : « flying ». Cochez les projets dans la liste.',
        'Nombre de recrutements invalide : « -2 ». Indiquez un nombre entier, zéro ou plus.',
      ]);
      expect($<HTMLSelectElement>(el, '#ti-who')!.value).to.equal('company');
      expect(
        $<HTMLInputElement>(el, 'input[value="hiring"]')!.checked
      ).to.equal(true);
      expect($(el, '#ti-hires')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '[part="estimate"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('rejects a number of hires that is not a whole number', async () => {
      for (const hires of ['abc', '2.5', '1e3']) {
        const el = await widget(
          html`<ti-funding-widget
            project="hiring"
            hires=${hires}
          ></ti-funding-widget>`
        );
        expect(text($(el, '[part="messages"]'))).to.contain(`« ${hires} »`);
      }
    });

    it('follows attribute changes, and uses the heading level it is given', async () => {
      const el = await widget(
        html`<ti-funding-widget heading-level="9"></ti-funding-widget>`
      );
      expect(
        $(el, '[part="group-title"]')!.getAttribute('aria-level')
      ).to.equal('6');
      expect($(el, '[part="title"]')!.getAttribute('aria-level')).to.equal('6');
      el.setAttribute('heading-level', '2');
      el.setAttribute('who', 'developer');
      await elementUpdated(el);
      expect(
        $(el, '[part="group-title"]')!.getAttribute('aria-level')
      ).to.equal('2');
      expect($<HTMLSelectElement>(el, '#ti-who')!.value).to.equal('developer');
    });
  });

  describe('sector, timing and region', () => {
    const fund = (el: TiFundingWidget) =>
      opened(el, 'fonds-vert-axe-3-volet-1');
    const reasonsOf = (li: Element) =>
      [...li.querySelectorAll('[part="reason"]')].map((r) => [
        r.getAttribute('data-met'),
        // Without the icon (✓, ✗, ?) that opens each reason.
        text(r).replace(/^\S+\s/, ''),
      ]);

    it("reads the company's activity and whether its investment started", async () => {
      const industry = await widget(
        html`<ti-funding-widget
          place="Oyonnax"
          naf="22.29A"
          investment-started="no"
        ></ti-funding-widget>`
      );
      expect(reasonsOf(await fund(industry))).to.deep.include.members([
        ['met', 'Secteur admis (industrie).'],
        ['met', "L'investissement n'a pas commencé."],
      ]);
      const retail = await widget(
        html`<ti-funding-widget
          place="Oyonnax"
          naf="47.11F"
          investment-started="yes"
        ></ti-funding-widget>`
      );
      expect((await fund(retail)).getAttribute('data-verdict')).to.equal(
        'not-eligible'
      );
      expect(reasonsOf(await fund(retail)).map(([met]) => met)).to.include(
        'notMet'
      );
    });

    it('asks whether the investment started, and says it must not have', async () => {
      const el = await oyonnaxSme();
      expect(
        reasonsOf(await fund(el)).some(
          ([met, words]) => met === 'toCheck' && words!.includes('commencé')
        )
      ).to.equal(true);
      const select = $<HTMLSelectElement>(el, '#ti-started')!;
      setTimeout(() => {
        select.value = 'yes';
        select.dispatchEvent(new Event('change'));
      });
      const event = await oneEvent(el, 'ti-eligibility-change');
      expect(event.detail.profile.investmentStarted).to.equal(true);
      expect(event.detail.verdicts['fonds-vert-axe-3-volet-1']).to.equal(
        'not-eligible'
      );
      await expect(el).to.be.accessible();
    });

    it("gives a region's aid to that region's places only", async () => {
      const paris = await widget(
        html`<ti-funding-widget
          place="insee:75056"
          project="industrial-investment"
        ></ti-funding-widget>`
      );
      const pmup = (el: TiFundingWidget) =>
        opened(el, 'ile-de-france-pmup-jeunes-pousses-industrielles');
      expect(reasonsOf(await pmup(paris))).to.deep.include([
        'met',
        'Le lieu est en région Île-de-France.',
      ]);
      const oyonnax = await oyonnaxSme();
      expect((await pmup(oyonnax)).getAttribute('data-verdict')).to.equal(
        'not-eligible'
      );
    });

    it('shows where each fact comes from and how to report an error', async () => {
      const el = await oyonnaxSme();
      const vte = await opened(el, 'vte-ti');
      expect(text(vte.querySelector('[part="source"]'))).to.contain(
        'octobre 2023'
      );
      const details = vte.querySelector<HTMLDetailsElement>(
        'details[part="sources"]'
      )!;
      details.open = true;
      await waitUntil(() => details.querySelector('li'), 'no source listed');
      expect(
        vte.querySelector<HTMLAnchorElement>('[part="report"] a')!.hash
      ).to.equal('#vte-ti');
      expect(
        text(el.shadowRoot!.querySelector('[part="base"]'))
      ).to.not.contain('Vérifié');
    });
  });

  describe('events', () => {
    it('fires ti-eligibility-change when the user commits a place', async () => {
      const el = await widget(
        html`<ti-funding-widget who="company"></ti-funding-widget>`
      );
      const input = $<HTMLInputElement>(el, '#ti-place')!;
      input.focus();
      await sendKeys({type: 'Oyonnax'});
      setTimeout(() => sendKeys({press: 'Enter'}));
      const event = await oneEvent(el, 'ti-eligibility-change');
      expect(event.detail.profile.place?.territory?.id).to.equal('ti-8413');
    });

    it('fires ti-eligibility-change when the user changes an answer', async () => {
      const el = await oyonnaxSme();
      const who = $<HTMLSelectElement>(el, '#ti-who')!;
      setTimeout(() => {
        who.value = 'local-authority';
        who.dispatchEvent(new Event('change'));
      });
      const event = await oneEvent(el, 'ti-eligibility-change');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.profile).to.deep.include({who: 'local-authority'});
      expect(event.detail.profile.place?.status).to.equal('in-territory');
      expect(event.detail.verdicts['vte-ti']).to.equal('not-eligible');
      expect(event.detail.verdicts['referent-france-travail']).to.equal(
        'to-check'
      );
    });

    it('does not fire ti-eligibility-change when an attribute changes', async () => {
      const el = await widget(html`<ti-funding-widget></ti-funding-widget>`);
      let fired = 0;
      el.addEventListener('ti-eligibility-change', () => fired++);
      el.setAttribute('who', 'association');
      el.setAttribute('project', 'studies');
      await elementUpdated(el);
      expect(fired).to.equal(0);
    });

    it('fires ti-place-resolve for a place set by attribute', async () => {
      const el = document.createElement('ti-funding-widget');
      el.setAttribute('place', 'Oyonnax');
      setTimeout(() => document.body.append(el));
      const event = await oneEvent(el, 'ti-place-resolve');
      expect(event.detail.answer.status).to.equal('in-territory');
      expect(event.detail.answer.territory?.id).to.equal('ti-8413');
      el.remove();
    });

    it('offers the communes of an ambiguous postcode and resolves the one chosen', async () => {
      const el = await widget(
        html`<ti-funding-widget place="cp:01750"></ti-funding-widget>`
      );
      expect(placeText(el)).to.contain('choisissez la commune');
      const candidates = $$<HTMLButtonElement>(el, '[part="candidate"]');
      expect(candidates.map(text)).to.deep.equal([
        'Replonges (01) — Ain, 01750 : hors Territoire d’industrie',
        'Crottet (01) — Ain, 01290 01750 : Territoire d’industrie Bassin de Bourg-en-Bresse',
        'Saint-Laurent-sur-Saône (01) — Ain, 01750 : hors Territoire d’industrie',
      ]);
      expect(result(el, 'vte-ti')!.getAttribute('data-verdict')).to.equal(
        'to-check'
      );
      setTimeout(() => candidates[1]!.click());
      const resolved = await oneEvent(el, 'ti-place-resolve');
      expect(resolved.detail.answer.input).to.equal('insee:01134');
      expect(resolved.detail.answer.status).to.equal('in-territory');
      await elementUpdated(el);
      expect(el.place).to.equal('insee:01134');
      expect($(el, '[part="candidates"]')).to.equal(null);
      await waitUntil(
        () =>
          el.shadowRoot!.activeElement === $(el, '[part="place"] [tabindex]')
      );
    });
  });

  describe('keyboard', () => {
    it('fills the whole form with the keyboard alone', async () => {
      const el = await widget(html`<ti-funding-widget></ti-funding-widget>`);
      const changes: string[] = [];
      el.addEventListener('ti-eligibility-change', (e) =>
        changes.push(e.detail.profile.who)
      );
      const active = () => el.shadowRoot!.activeElement;
      $<HTMLSelectElement>(el, '#ti-who')!.focus();
      await sendKeys({press: 'Tab'});
      expect(active()).to.equal($(el, '#ti-size'));
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'ArrowDown'});
      await elementUpdated(el);
      expect(el.size).to.equal('sme');
      await sendKeys({press: 'Tab'});
      expect(active()).to.equal($(el, '#ti-place'));
      await sendKeys({type: 'Oyonnax'});
      const resolved = oneEvent(el, 'ti-place-resolve');
      await sendKeys({press: 'Enter'});
      expect((await resolved).detail.answer.territory?.id).to.equal('ti-8413');
      await elementUpdated(el);
      await sendKeys({press: 'Tab'});
      expect(active()).to.equal($(el, '[part="place-button"]'));
      for (let i = 0; i < 6; i++) await sendKeys({press: 'Tab'});
      expect(active()).to.equal($(el, 'input[value="hiring"]'));
      await sendKeys({press: 'Space'});
      await elementUpdated(el);
      for (let i = 0; i < 6; i++) await sendKeys({press: 'Tab'});
      expect(active()).to.equal($(el, '#ti-hires'));
      await sendKeys({type: '3'});
      await elementUpdated(el);
      expect(
        text(result(el, 'vte-ti')!.querySelector('[part="estimate"]'))
      ).to.contain('12 000');
      expect(changes.length).to.be.greaterThan(3);
    });
  });

  describe('accessibility', () => {
    it('is accessible with prefilled results', async () => {
      await expect(await oyonnaxSme()).to.be.accessible();
    });

    it('is accessible with an ambiguous place', async () => {
      const el = await widget(
        html`<ti-funding-widget place="cp:01750"></ti-funding-widget>`
      );
      expect($$(el, '[part="candidate"]')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('is accessible with a place not in a territory', async () => {
      await expect(
        await widget(
          html`<ti-funding-widget
            place="insee:75056"
            project="hiring"
          ></ti-funding-widget>`
        )
      ).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const el = await widget(
        html`<ti-funding-widget
          theme="dark"
          who="company"
          size="sme"
          place="Oyonnax"
          project="hiring"
          hires="3"
        ></ti-funding-widget>`
      );
      expect(el.getAttribute('theme')).to.equal('dark');
      await expect(el).to.be.accessible();
    });
  });

  describe('localization', () => {
    it('speaks English when its lang says so', async () => {
      const el = await widget(
        html`<ti-funding-widget
          lang="en"
          size="sme"
          place="Oyonnax"
          project="hiring"
          hires="3"
        ></ti-funding-widget>`
      );
      expect(text($(el, '[part="counts"]'))).to.match(
        /^\d+ eligible, \d+ to be checked, \d+ not eligible$/
      );
      const vte = result(el, 'vte-ti')!;
      expect(text(vte.querySelector('[part="verdict"]'))).to.equal(
        'To be checked'
      );
      expect(text(vte.querySelector('[part="estimate"]'))).to.equal(
        'Estimate: 3 × €4,000 = €12,000 (amount not confirmed)'
      );
      expect(text($(el, 'label[for="ti-who"]'))).to.equal('You are');
      expect(placeText(el)).to.contain('in the Territoire d’industrie');
      await expect(el).to.be.accessible();
    });

    it('follows the nearest lang ancestor', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div lang="en-GB"><ti-funding-widget></ti-funding-widget></div>`
      );
      const el = await ready(host.querySelector('ti-funding-widget')!);
      expect(text($(el, 'legend'))).to.equal('Who are you?');
    });
  });

  describe('hostile input', () => {
    it('names an activity code or a timing answer it cannot read, and ignores it', async () => {
      const el = await widget(
        html`<ti-funding-widget
          place="Oyonnax"
          naf=${'<img src=x onerror=alert(1)>'}
          investment-started="maybe"
        ></ti-funding-widget>`
      );
      const alert = text($(el, '[part="messages"]'));
      expect(alert).to.contain('Code d’activité (NAF) non reconnu');
      expect(alert).to.contain('« maybe »');
      expect($(el, '[part="messages"] img')).to.equal(null);
      expect(
        [
          ...(await opened(el, 'fonds-vert-axe-3-volet-1')).querySelectorAll(
            '[part="reason"]'
          ),
        ].some(
          (r) =>
            r.getAttribute('data-met') === 'toCheck' &&
            text(r).includes('secteur')
        )
      ).to.equal(true);
    });

    it('renders hostile attribute values as text', async () => {
      const el = await widget(
        html`<ti-funding-widget
          place=${'<script>alert(1)</script>'}
          who=${'<img src=x onerror=alert(1)>'}
        ></ti-funding-widget>`
      );
      expect($(el, 'script')).to.equal(null);
      expect($(el, 'img')).to.equal(null);
      expect(placeText(el)).to.contain('« <script>alert(1)</script> »');
      expect(text($(el, '[part="messages"]'))).to.contain(
        '<img src=x onerror=alert(1)>'
      );
      await expect(el).to.be.accessible();
    });
  });
});
