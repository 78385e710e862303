import {
  elementUpdated,
  expect,
  fixture,
  html,
  oneEvent,
  waitUntil,
} from '@open-wc/testing';
import {listSchemes, loadCatalogue} from '@ti-toolkit/core/catalogue';
import {searchSchemes} from '@ti-toolkit/core/catalogue/search';
import {sendKeys} from '@web/test-runner-commands';
import type {TiServiceFinder} from './service-finder.component.ts';
import {MAX_URL_VALUE} from './filter-state.ts';
import {PAGE_SIZE} from './result-list.ts';
import {$, $$, text} from '../internal/shadow-queries.ts';
import './service-finder.ts';

// Room for every module and table the tests load: the check that no place table is fetched reads this list.
performance.setResourceTimingBufferSize(10_000);

const HOSTILE = '<img src=x onerror=alert(1)>';

async function ready(el: TiServiceFinder): Promise<TiServiceFinder> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part="results"]'),
    'results did not render'
  );
  await el.updateComplete;
  return el;
}

const make = async (template: ReturnType<typeof html>) =>
  ready(await fixture<TiServiceFinder>(template));

const results = (el: TiServiceFinder) => $$(el, '[part="result"]');
/** What the list shows of `total` results: the first page. */
const firstPage = (total: number) => Math.min(total, PAGE_SIZE);
const showMore = (el: TiServiceFinder) =>
  $<HTMLButtonElement>(el, '[part="show-more"]');
/** Presses "show more" until every result shows. */
async function showAll(el: TiServiceFinder): Promise<void> {
  for (let button = showMore(el); button; button = showMore(el)) {
    button.click();
    await el.updateComplete;
  }
}
/** The scheme id of a result's article. */
const idOf = (article: Element) =>
  article.getAttribute('aria-labelledby')!.replace('ti-scheme-', '');
/** The article of a scheme (shown), opened. */
async function opened(el: TiServiceFinder, id: string): Promise<HTMLElement> {
  const toggle = $(el, `#ti-scheme-${id} [part="toggle"]`)!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
  return toggle.closest('article')!;
}
const titles = (el: TiServiceFinder) =>
  $$(el, '[part="title"]').map((t) => t.textContent!.trim());
const checkbox = (el: TiServiceFinder, facet: string, value: string) =>
  $<HTMLInputElement>(el, `input[name="${facet}"][value="${value}"]`)!;
const verdict = async (el: TiServiceFinder) => {
  await waitUntil(() => $(el, '[part="verdict"]'), 'place not resolved', {
    timeout: 8000,
  });
  return $(el, '[part="place-answer"]')!.textContent!.replace(/\s+/g, ' ');
};

async function expected(text: string, filters = {}) {
  return searchSchemes(await loadCatalogue(), {text, filters}).hits.length;
}

/** The schemes in the order the finder lists them without a text: its relevance order. */
const listed = async () =>
  listSchemes((await loadCatalogue()).schemes).hits.map((hit) => hit.scheme);

describe('ti-service-finder', () => {
  it('is accessible', async () => {
    const el = await make(html`<ti-service-finder></ti-service-finder>`);
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('lists the first services compactly, with the count of all: title, status, kind, amount and availability', async () => {
      const el = await make(html`<ti-service-finder></ti-service-finder>`);
      const catalogue = await loadCatalogue();
      const total = catalogue.schemes.length;
      expect(total).to.be.greaterThan(PAGE_SIZE);
      expect(results(el)).to.have.length(PAGE_SIZE);
      expect($(el, '[part="count"]')!.textContent).to.contain(
        `${total} services correspondent`
      );
      expect(text(showMore(el))).to.equal(
        `Afficher 10 services de plus (10 sur ${total} affichés)`
      );
      const first = results(el)[0]!;
      const order = await listed();
      const scheme = order[0]!;
      const title = first.querySelector('[part="title"]')!;
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('3');
      const toggle = title.querySelector('button[part="toggle"]')!;
      expect(text(toggle)).to.equal(scheme.title.fr);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const panel = $(el, `#${toggle.getAttribute('aria-controls')}`)!;
      expect(panel.hidden).to.equal(true);
      expect(panel.childElementCount).to.equal(0);
      expect(text(first.querySelector('[part="status"]'))).to.contain(
        'Statut :'
      );
      expect(text(first.querySelector('[part="kind"]'))).to.not.equal('');
      // Only what the catalogue publishes: an entry with no amount shows none.
      for (const [i, article] of results(el).entries())
        expect(
          article.querySelector('[part="headline-amount"]') === null,
          order[i]!.id
        ).to.equal(order[i]!.amounts.length === 0);
      for (const part of ['summary', 'details', 'apply', 'source', 'report'])
        expect(first.querySelector(`[part="${part}"]`), part).to.equal(null);
    });

    it('opens a result on demand with what it is, who runs it, how to apply and its sources', async () => {
      const el = await make(html`<ti-service-finder></ti-service-finder>`);
      const first = await opened(el, (await listed())[0]!.id);
      const toggle = first.querySelector('[part="toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(
        $(el, `#${toggle.getAttribute('aria-controls')}`)!.hidden
      ).to.equal(false);
      for (const part of [
        'summary',
        'details',
        'apply',
        'source',
        'sources',
        'report',
      ])
        expect(first.querySelector(`[part="${part}"]`), part).to.not.equal(
          null
        );
      // How old the facts are, never a "verified" date: the newest source's publisher and own date.
      expect(text(first.querySelector('[part="source"]'))).to.match(
        /^Source : .+, (\d+ )?\S+ \d{4}$/
      );
      expect(text(first)).to.not.contain('Vérifié');
      expect($(el, '[part="review-notice"]')).to.equal(null);
      for (const link of $$<HTMLAnchorElement>(el, '[part="result"] a'))
        if (link.closest('[part="report"]'))
          // The report page is on the components' own server (this test server is http).
          expect(link.origin).to.equal(location.origin);
        else expect(link.protocol).to.equal('https:');
      await expect(el).to.be.accessible();
      (toggle as HTMLElement).click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(first.querySelector('[part="summary"]')).to.equal(null);
    });

    it('shows ten more results at a time, says how many show, and keeps the count of all', async () => {
      const el = await make(html`<ti-service-finder></ti-service-finder>`);
      const total = (await loadCatalogue()).schemes.length;
      showMore(el)!.click();
      await el.updateComplete;
      expect(results(el)).to.have.length(Math.min(total, 2 * PAGE_SIZE));
      expect($(el, '[part="count"]')!.textContent).to.contain(
        `${total} services correspondent`
      );
      expect(text($(el, '[part="results"] [role="status"]'))).to.equal(
        `${Math.min(total, 2 * PAGE_SIZE)} services affichés sur ${total}`
      );
      await expect(el).to.be.accessible();
      await showAll(el);
      expect(results(el)).to.have.length(total);
      expect(showMore(el)).to.equal(null);
      expect(
        results(el)
          .at(-1)!
          .querySelector('[part="status"]')!
          .getAttribute('data-status')
      ).to.equal('closed');
      // A new search starts again from the first page.
      checkbox(el, 'kind', 'funding').click();
      await el.updateComplete;
      expect(results(el)).to.have.length(
        firstPage(await expected('', {kind: ['funding']}))
      );
    });

    it('sorts by amount or deadline with a labelled select, never inventing an amount', async () => {
      const el = await make(html`<ti-service-finder></ti-service-finder>`);
      const catalogue = await loadCatalogue();
      const select = $<HTMLSelectElement>(el, '#ti-sort')!;
      expect(text($(el, 'label[for="ti-sort"]'))).to.equal('Trier par');
      expect([...select.options].map((o) => o.value)).to.deep.equal([
        'relevance',
        'deadline',
        'amount',
      ]);
      expect(select.value).to.equal('relevance');
      select.value = 'amount';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.sort).to.equal('amount');
      await showAll(el);
      const ids = results(el).map((r) =>
        r.querySelector('[part="title"]')!.id.replace('ti-scheme-', '')
      );
      // The largest sum one beneficiary can get leads; entries with no amount close the list.
      expect(ids[0]).to.equal(
        'ile-de-france-pmup-jeunes-pousses-industrielles'
      );
      const firstWithout = ids.findIndex(
        (id) => catalogue.schemes.find((s) => s.id === id)!.amounts.length === 0
      );
      for (const id of ids.slice(firstWithout))
        expect(
          catalogue.schemes
            .find((s) => s.id === id)!
            .amounts.every((a) => a.type === 'envelope' && !a.euros),
          id
        ).to.equal(true);
      await expect(el).to.be.accessible();
      // No entry has a closing date today: by deadline, every one is "without a date", in relevance order.
      el.sort = 'deadline';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal((await listed()).map((s) => s.title.fr));
    });

    it('says in words what is not confirmed, and marks closed services closed', async () => {
      const el = await make(html`<ti-service-finder></ti-service-finder>`);
      await showAll(el);
      const unconfirmed = $(el, '[part="status"][data-status="unconfirmed"]')!;
      expect(unconfirmed.textContent).to.contain('Non confirmé');
      const article = await opened(el, idOf(unconfirmed.closest('article')!));
      expect(text(article.querySelector('[part="status-note"]'))).to.not.equal(
        ''
      );
      const closed = $(el, '[part="status"][data-status="closed"]')!;
      expect(closed.textContent).to.contain('Clos');
      const closedArticle = await opened(el, idOf(closed.closest('article')!));
      expect(
        text(closedArticle.querySelector('[part="status-note"]'))
      ).to.contain('Ce dispositif est clos');
    });

    it('offers labelled filter groups with counts, in French', async () => {
      const el = await make(html`<ti-service-finder></ti-service-finder>`);
      const legends = $$(el, 'fieldset legend').map((l) => l.textContent);
      expect(legends).to.deep.equal([
        'Priorité',
        'Bénéficiaire',
        'Type d’aide',
        'Opérateur',
        'Statut',
      ]);
      for (const count of $$(el, '[part="option-count"]'))
        expect(count.textContent).to.match(/^\(\d+\)$/);
      expect($(el, 'label[for="ti-search"]')!.textContent).to.equal(
        'Rechercher un service'
      );
      expect(el.theme).to.equal('auto');
    });

    it('downloads no place table until a place is asked for', async () => {
      await make(html`<ti-service-finder></ti-service-finder>`);
      const fetched = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name);
      expect(
        fetched.some((name) => /generated\/catalogue\./.test(name))
      ).to.equal(true);
      expect(
        fetched.some((name) =>
          /generated\/(communes|commune-territory|territories)\./.test(name)
        )
      ).to.equal(false);
    });
  });

  describe('attributes and properties', () => {
    it('prefills the text', async () => {
      const el = await make(
        html`<ti-service-finder query="recrutement"></ti-service-finder>`
      );
      expect($<HTMLInputElement>(el, '#ti-search')!.value).to.equal(
        'recrutement'
      );
      expect(results(el)).to.have.length(
        firstPage(await expected('recrutement'))
      );
      expect(await expected('recrutement')).to.be.lessThan(
        (await loadCatalogue()).schemes.length
      );
    });

    it('prefills the filters, several values separated by commas', async () => {
      const el = await make(
        html`<ti-service-finder
          priority="innovation"
          kind="funding, engineering"
        ></ti-service-finder>`
      );
      expect(checkbox(el, 'priority', 'innovation').checked).to.equal(true);
      expect(checkbox(el, 'kind', 'funding').checked).to.equal(true);
      expect(checkbox(el, 'kind', 'engineering').checked).to.equal(true);
      const count = await expected('', {
        priority: ['innovation'],
        kind: ['funding', 'engineering'],
      });
      expect(results(el)).to.have.length(firstPage(count));
      expect(text($(el, '[part="count"]'))).to.equal(
        `${count} services correspondent`
      );
    });

    it('says which values are valid when one is not, and applies the valid ones', async () => {
      const el = await make(
        html`<ti-service-finder
          priority="nope,innovation"
          kind=${HOSTILE}
        ></ti-service-finder>`
      );
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain(
        'Valeur inconnue pour « Priorité » : nope'
      );
      expect(alert.textContent).to.contain(
        'ecological-transition, innovation, skills-recruitment, industrial-land'
      );
      expect(alert.textContent).to.contain('<img src=x onerror=alert(1)>');
      expect($(el, 'img')).to.equal(null);
      expect(checkbox(el, 'priority', 'innovation').checked).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('follows its priority attribute when another element changes it, without firing a change', async () => {
      const el = await make(
        html`<ti-service-finder id="finder"></ti-service-finder>`
      );
      let fired = 0;
      el.addEventListener('ti-filters-change', () => fired++);
      el.setAttribute('priority', 'industrial-land');
      await elementUpdated(el);
      expect(checkbox(el, 'priority', 'industrial-land').checked).to.equal(
        true
      );
      expect(results(el)).to.have.length(
        firstPage(await expected('', {priority: ['industrial-land']}))
      );
      el.removeAttribute('priority');
      await elementUpdated(el);
      expect(checkbox(el, 'priority', 'industrial-land').checked).to.equal(
        false
      );
      expect(text($(el, '[part="count"]'))).to.equal(
        `${(await loadCatalogue()).schemes.length} services correspondent`
      );
      expect(fired).to.equal(0);
    });

    it('shows an empty state with a way back to every service', async () => {
      const el = await make(
        html`<ti-service-finder query="zzzz"></ti-service-finder>`
      );
      const empty = $(el, '[part="empty"]')!;
      expect(empty.textContent).to.contain('Aucun service ne correspond');
      expect($(el, '[part="count"]')!.textContent).to.contain(
        'Aucun service ne correspond'
      );
      await expect(el).to.be.accessible();
      setTimeout(() => empty.querySelector('button')!.click());
      const event = await oneEvent(el, 'ti-filters-change');
      expect(event.detail.query).to.equal('');
      await elementUpdated(el);
      expect(results(el)).to.have.length(PAGE_SIZE);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#ti-search'));
    });

    it('renders hostile text as text', async () => {
      const el = await make(
        html`<ti-service-finder
          query=${HOSTILE}
          place="javascript:alert(1)"
        ></ti-service-finder>`
      );
      expect($<HTMLInputElement>(el, '#ti-search')!.value).to.equal(
        '<img src=x onerror=alert(1)>'
      );
      const answer = await verdict(el);
      expect(answer).to.contain('Lieu non reconnu');
      expect($<HTMLInputElement>(el, '#ti-place')!.value).to.equal(
        'javascript:alert(1)'
      );
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'a[href^="javascript"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says a place is in a territory, why, from which data, and which services it can get there', async () => {
      const el = await make(
        html`<ti-service-finder place="Oyonnax"></ti-service-finder>`
      );
      const answer = await verdict(el);
      expect(answer).to.contain(
        'Dans le Territoire d’industrie Plastics Vallée – Oyonnax'
      );
      expect(answer).to.contain('par son intercommunalité');
      expect(answer).to.match(
        /Source : ANCT.*Périmètre à jour du 4 juillet 2024/
      );
      expect($(el, '[part="verdict"]')!.getAttribute('data-status')).to.equal(
        'in-territory'
      );
      expect($$(el, '[data-availability="yes"]').length).to.be.greaterThan(0);
      // In a territory, only other regions' aid is unavailable.
      const catalogue = await loadCatalogue();
      await showAll(el);
      for (const no of $$(el, '[data-availability="no"]')) {
        const id = idOf(no.closest('article')!);
        expect(
          catalogue.schemes.find((s) => s.id === id)!.regions,
          id
        ).to.not.equal(undefined);
      }
      const yes = $(el, '[data-availability="yes"]')!;
      expect(text(yes)).to.equal('Disponible ici');
      const article = await opened(el, idOf(yes.closest('article')!));
      expect(text(article.querySelector('[part="scope"]'))).to.contain(
        'disponible pour ce lieu (Plastics Vallée – Oyonnax)'
      );
      await expect(el).to.be.accessible();
    });

    it('says a place is in no territory, and that reserved services are not available there', async () => {
      const el = await make(
        html`<ti-service-finder place="insee:75056"></ti-service-finder>`
      );
      const answer = await verdict(el);
      expect(answer).to.contain('Hors Territoire d’industrie');
      expect(answer).to.contain(
        'Paris (75056) : dans aucun Territoire d’industrie'
      );
      const unavailable = $$(el, '[data-availability="no"]');
      expect(unavailable.length).to.be.greaterThan(0);
      expect(text($(el, '[part="count"]'))).to.equal(
        `${(await loadCatalogue()).schemes.length} services correspondent`
      );
      expect(text(unavailable[0]!)).to.equal('Non disponible ici');
      const article = await opened(
        el,
        idOf(unavailable[0]!.closest('article')!)
      );
      expect(text(article.querySelector('[part="scope"]'))).to.equal(
        'Réservé aux Territoires d’industrie — non disponible pour ce lieu, qui n’est pas dans un Territoire d’industrie.'
      );
    });

    it('offers the communes of an ambiguous postcode as choices', async () => {
      const el = await make(
        html`<ti-service-finder place="cp:01750"></ti-service-finder>`
      );
      expect(await verdict(el)).to.contain('Plusieurs réponses possibles');
      const choices = $$(el, '[part="candidate"]').map((b) =>
        b.textContent!.trim()
      );
      // People's words, largest commune first: department and postcodes, never a bare INSEE code.
      expect(choices).to.deep.equal([
        'Replonges (01) — Ain, 01750 : hors Territoire d’industrie',
        'Crottet (01) — Ain, 01290 01750 : Territoire d’industrie Bassin de Bourg-en-Bresse',
        'Saint-Laurent-sur-Saône (01) — Ain, 01750 : hors Territoire d’industrie',
      ]);
      expect(
        $$(el, '[data-availability="yes"], [data-availability="no"]')
      ).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows a place as people write it, and keeps the code in the place attribute', async () => {
      const el = await make(
        html`<ti-service-finder place="siren:200034130"></ti-service-finder>`
      );
      await waitUntil(
        () =>
          $<HTMLInputElement>(el, '#ti-place')!.value === 'CC Gally Mauldre',
        'the field does not show the intercommunality by name',
        {timeout: 5000}
      );
      expect(el.place).to.equal('siren:200034130');
      el.place = 'insee:93066';
      await waitUntil(
        () =>
          $<HTMLInputElement>(el, '#ti-place')!.value ===
          'Saint-Denis (93) — Seine-Saint-Denis'
      );
      expect(el.place).to.equal('insee:93066');
    });

    it('asks nothing of the company directory with company-api="none", and says what works instead', async () => {
      const el = await make(
        html`<ti-service-finder
          company-api="none"
          place="552100554"
        ></ti-service-finder>`
      );
      expect(await verdict(el)).to.contain('Entreprise non localisée');
      expect(text($(el, '[part="company-unreachable"]'))).to.contain(
        'code postal'
      );
      expect($(el, '[part="company-unreachable"] button')).to.equal(null);
    });

    it('hides the place input with no-place, and clamps the heading level', async () => {
      const el = await make(
        html`<ti-service-finder no-place heading-level="9"></ti-service-finder>`
      );
      expect($(el, '#ti-place')).to.equal(null);
      expect($(el, '[part="title"]')!.getAttribute('aria-level')).to.equal('6');
    });

    it('keeps two synced finders apart by their ids, and follows a change made from outside', async () => {
      const before = location.href;
      history.replaceState(null, '', '?ti-a-query=vte&ti-b-kind=support');
      try {
        const page = await fixture<HTMLDivElement>(
          html`<div>
            <ti-service-finder id="a" url-sync></ti-service-finder>
            <ti-service-finder id="b" url-sync></ti-service-finder>
          </div>`
        );
        const [a, b] = [...page.querySelectorAll('ti-service-finder')];
        await ready(a!);
        await ready(b!);
        expect(a!.query).to.equal('vte');
        expect(b!.query).to.equal('');
        expect(b!.kind).to.equal('support');
        // A priority card (or any script) sets the attribute: the URL follows.
        b!.setAttribute('priority', 'innovation');
        await waitUntil(
          () =>
            new URLSearchParams(location.search).get('ti-b-priority') ===
            'innovation'
        );
        expect(
          new URLSearchParams(location.search).get('ti-a-priority')
        ).to.equal(null);
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('reads its state from the URL and writes it back with url-sync', async () => {
      const before = location.href;
      history.replaceState(
        null,
        '',
        '?keep=1&ti-query=vte&ti-kind=recruitment'
      );
      try {
        const el = await make(
          html`<ti-service-finder url-sync></ti-service-finder>`
        );
        expect($<HTMLInputElement>(el, '#ti-search')!.value).to.equal('vte');
        expect(checkbox(el, 'kind', 'recruitment').checked).to.equal(true);
        checkbox(el, 'kind', 'recruitment').click();
        await waitUntil(
          () => !location.search.includes('ti-kind'),
          'URL not written'
        );
        const params = new URLSearchParams(location.search);
        expect(params.get('ti-kind')).to.equal(null);
        expect(params.get('ti-query')).to.equal('vte');
        expect(params.get('keep')).to.equal('1');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('writes at most MAX_URL_VALUE characters of a value to the URL', async () => {
      const before = location.href;
      try {
        const el = await make(
          html`<ti-service-finder url-sync></ti-service-finder>`
        );
        el.query = 'x'.repeat(2000);
        checkbox(el, 'kind', 'funding').click();
        await waitUntil(
          () => location.search.includes('ti-kind'),
          'URL not written'
        );
        const query = new URLSearchParams(location.search).get('ti-query');
        expect(query).to.equal('x'.repeat(MAX_URL_VALUE));
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('leaves the URL alone without url-sync', async () => {
      const before = location.href;
      const el = await make(html`<ti-service-finder></ti-service-finder>`);
      checkbox(el, 'kind', 'funding').click();
      expect(location.href).to.equal(before);
    });
  });

  describe('events', () => {
    it('fires ti-filters-change when the user types', async () => {
      const el = await make(html`<ti-service-finder></ti-service-finder>`);
      $(el, '#ti-search')!.focus();
      setTimeout(() => sendKeys({type: 'v'}));
      const event = await oneEvent(el, 'ti-filters-change');
      expect(event.detail.query).to.equal('v');
      // The count is that of the text, even on the keystroke that loads the search index.
      expect(event.detail.count).to.equal(await expected('v'));
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires ti-filters-change with the filters and the count when a box is ticked', async () => {
      const el = await make(html`<ti-service-finder></ti-service-finder>`);
      setTimeout(() => checkbox(el, 'beneficiary', 'company').click());
      const event = await oneEvent(el, 'ti-filters-change');
      expect(event.detail.filters).to.deep.equal({beneficiary: ['company']});
      expect(event.detail.count).to.equal(
        await expected('', {beneficiary: ['company']})
      );
      await elementUpdated(el);
      expect(results(el)).to.have.length(firstPage(event.detail.count));
    });

    it('fires ti-place-resolve for a place given by attribute', async () => {
      const el = await fixture<TiServiceFinder>(
        html`<ti-service-finder></ti-service-finder>`
      );
      setTimeout(() => el.setAttribute('place', 'Oyonnax'));
      const event = await oneEvent(el, 'ti-place-resolve');
      expect(event.detail.answer.status).to.equal('in-territory');
      expect(event.detail.answer.territory!.id).to.equal('ti-8413');
    });

    it('announces the number of results politely once typing settles', async () => {
      const el = await make(html`<ti-service-finder></ti-service-finder>`);
      const live = $(el, '[part="results"] [role="status"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.textContent!.trim()).to.equal('');
      $(el, '#ti-search')!.focus();
      await sendKeys({type: 'recrutement'});
      const count = await expected('recrutement');
      await waitUntil(
        () => live.textContent!.includes(`${count} service`),
        'not announced'
      );
    });
  });

  describe('keyboard', () => {
    it('reaches the search with Tab and filters as you type', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button>before</button><ti-service-finder></ti-service-finder>
        </div>`
      );
      const el = await ready(page.querySelector('ti-service-finder')!);
      page.querySelector('button')!.focus();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#ti-search'));
      await sendKeys({type: 'friche'});
      await elementUpdated(el);
      expect(results(el)).to.have.length(await expected('friche'));
    });

    it('ticks a filter with Space', async () => {
      const el = await make(html`<ti-service-finder></ti-service-finder>`);
      checkbox(el, 'status', 'running').focus();
      setTimeout(() => sendKeys({press: 'Space'}));
      const event = await oneEvent(el, 'ti-filters-change');
      expect(event.detail.filters).to.deep.equal({status: ['running']});
      expect(checkbox(el, 'status', 'running').checked).to.equal(true);
    });

    it('checks a place with Enter, then chooses among ambiguous communes', async () => {
      const el = await make(html`<ti-service-finder></ti-service-finder>`);
      $(el, '#ti-place')!.focus();
      await sendKeys({type: '01750'});
      setTimeout(() => sendKeys({press: 'Enter'}));
      const first = await oneEvent(el, 'ti-place-resolve');
      expect(first.detail.answer.status).to.equal('ambiguous');
      await elementUpdated(el);
      $$(el, '[part="candidate"]')[0]!.focus();
      // The second choice (Crottet, smaller than Replonges), reached with Tab.
      await sendKeys({press: 'Tab'});
      setTimeout(() => sendKeys({press: 'Enter'}));
      const chosen = await oneEvent(el, 'ti-place-resolve');
      expect(chosen.detail.answer.status).to.equal('in-territory');
      expect(chosen.detail.answer.commune!.code).to.equal('01134');
      await elementUpdated(el);
      expect($<HTMLInputElement>(el, '#ti-place')!.value).to.equal(
        'Crottet (01) — Ain'
      );
      expect(el.place).to.equal('insee:01134');
      await waitUntil(
        () => el.shadowRoot!.activeElement === $(el, '[part="place-answer"]')
      );
      expect(await verdict(el)).to.contain('Bassin de Bourg-en-Bresse');
    });
  });

  describe('accessibility', () => {
    it('shows an error with a retry when the catalogue fails to load', async () => {
      const el = await make(html`<ti-service-finder></ti-service-finder>`);
      const loader = (el as unknown as {catalogue: {state: unknown}}).catalogue;
      loader.state = {status: 'error', error: new Error('offline')};
      el.requestUpdate();
      await elementUpdated(el);
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain(
        'Les services n’ont pas pu être chargés.'
      );
      await expect(el).to.be.accessible();
      alert.querySelector('button')!.click();
      await ready(el);
      expect(results(el).length).to.be.greaterThan(0);
    });

    it('styles the retry button of a first download that failed, before the templates and their styles came', async () => {
      const el = document.createElement('ti-service-finder');
      el.style.setProperty('--ti-service-finder-accent', 'rgb(1, 2, 3)');
      document.body.append(el);
      // The catalogue of the earlier tests is cached: fail it before the first render.
      (el as unknown as {catalogue: {state: unknown}}).catalogue.state = {
        status: 'error',
        error: new Error('offline'),
      };
      await el.updateComplete;
      const retry = $(el, '[role="alert"] button')!;
      expect(getComputedStyle(retry).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(retry).minHeight).to.equal('44px');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('is accessible in the dark theme, with a place and filters', async () => {
      const el = await make(
        html`<ti-service-finder
          theme="dark"
          place="Oyonnax"
          status="unconfirmed,closed"
        ></ti-service-finder>`
      );
      await verdict(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('localization', () => {
    it('speaks English when its lang says so', async () => {
      const el = await make(
        html`<ti-service-finder lang="en" place="Oyonnax"></ti-service-finder>`
      );
      expect($(el, 'label[for="ti-search"]')!.textContent).to.equal(
        'Search for a service'
      );
      expect($(el, '[part="count"]')!.textContent).to.match(
        /\d+ services match/
      );
      expect($$(el, 'fieldset legend')[2]!.textContent).to.equal(
        'Kind of help'
      );
      const first = await opened(el, (await listed())[0]!.id);
      expect(text(first.querySelector('[part="source"]'))).to.match(
        /^Source: .+, (\d+ )?\S+ \d{4}$/
      );
      expect(text(first.querySelector('[part="report"]'))).to.contain(
        'Report an error'
      );
      expect(text($(el, 'label[for="ti-sort"]'))).to.equal('Sort by');
      expect(text(showMore(el))).to.match(
        /^Show 10 more services \(10 of \d+ shown\)$/
      );
      expect(await verdict(el)).to.contain(
        'In the Territoire d’industrie Plastics Vallée – Oyonnax'
      );
      expect(titles(el)[0]).to.not.equal('');
    });

    it('follows the language of an ancestor', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div lang="en-GB">
          <ti-service-finder query="zzzz"></ti-service-finder>
        </div>`
      );
      const el = await ready(page.querySelector('ti-service-finder')!);
      expect($(el, '[part="empty"]')!.textContent).to.contain(
        'No service matches your search.'
      );
    });
  });
});

describe('ti-service-finder, what each entry rests on', () => {
  /** A scheme's compact article, every result shown. */
  const compact = async (el: TiServiceFinder, id: string) => {
    await showAll(el);
    return $(el, `#ti-scheme-${id}`)!.closest('article')!;
  };
  /** A scheme's article with its details open. */
  const entry = async (el: TiServiceFinder, id: string) => {
    await showAll(el);
    return opened(el, id);
  };

  it('shows every source on demand, newest first, each with its own date and the day it was compared', async () => {
    const el = await make(html`<ti-service-finder></ti-service-finder>`);
    const catalogue = await loadCatalogue();
    const scheme = catalogue.schemes.find((s) => s.id === 'vte-ti')!;
    const article = await entry(el, 'vte-ti');
    const details = article.querySelector<HTMLDetailsElement>(
      'details[part="sources"]'
    )!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal(
      `Les ${scheme.sources.length} sources`
    );
    expect(details.querySelectorAll('li')).to.have.length(0);
    details.querySelector('summary')!.click();
    // The list is drawn when opened.
    await waitUntil(() => details.querySelector('li'), 'no source listed');
    const items = [...details.querySelectorAll('li')];
    expect(items).to.have.length(scheme.sources.length);
    expect(text(items[0]!)).to.contain('octobre 2023');
    expect(text(items.at(-1)!)).to.contain('comparée le 6 décembre 2026');
    expect(text(article.querySelector('[part="source"]'))).to.equal(
      'Source : Experts & Décideurs, 30 octobre 2023'
    );
    await expect(el).to.be.accessible();
  });

  it('links "Signaler une erreur" to the report page by default, or to the partner\'s own template', async () => {
    const el = await make(html`<ti-service-finder></ti-service-finder>`);
    const link = (await entry(el, 'vte-ti')).querySelector<HTMLAnchorElement>(
      '[part="report"] a'
    )!;
    expect(new URL(link.href).pathname).to.equal('/docs/signaler/');
    expect(new URL(link.href).hash).to.equal('#vte-ti');
    expect(text(link)).to.contain('Signaler une erreur');
    expect(text(link)).to.contain('VTE Territoires d');

    el.setAttribute(
      'report-url',
      'https://partner.example/contact?sujet={scheme}&copie={scheme}'
    );
    await el.updateComplete;
    expect(
      (await entry(el, 'vte-ti')).querySelector<HTMLAnchorElement>(
        '[part="report"] a'
      )!.href
    ).to.equal('https://partner.example/contact?sujet=vte-ti&copie=vte-ti');
  });

  it('links an English finder to the English report page by default', async () => {
    const el = await make(
      html`<ti-service-finder lang="en"></ti-service-finder>`
    );
    const link = (await entry(el, 'vte-ti')).querySelector<HTMLAnchorElement>(
      '[part="report"] a'
    )!;
    expect(new URL(link.href).pathname).to.equal('/en/docs/signaler/');
    expect(new URL(link.href).hash).to.equal('#vte-ti');
    expect(text(link)).to.contain('Report an error');
  });

  it('refuses a report address that is not https', async () => {
    for (const url of [
      'javascript:alert(1)',
      'http://partner.example/{scheme}',
      'data:text/html,x',
      '  ',
    ]) {
      const el = await make(
        html`<ti-service-finder report-url=${url}></ti-service-finder>`
      );
      await entry(el, 'vte-ti');
      expect($(el, '[part="apply"]'), url).to.not.equal(null);
      expect($$(el, '[part="report"]'), url).to.have.length(0);
      for (const link of $$<HTMLAnchorElement>(el, 'a'))
        expect(link.protocol, url).to.not.equal('javascript:');
    }
  });

  it('says "reserved" only of reserved schemes, and never "available" for a closed one', async () => {
    const el = await make(
      html`<ti-service-finder place="insee:01283"></ti-service-finder>`
    );
    await verdict(el);
    const catalogue = await loadCatalogue();
    for (const scheme of catalogue.schemes) {
      const availability = text(
        (await compact(el, scheme.id)).querySelector('[part="availability"]')
      );
      if (!scheme.reservedToTerritories)
        expect(availability, scheme.id).to.not.contain(
          'Réservé aux Territoires'
        );
      if (scheme.status === 'closed')
        expect(availability, scheme.id).to.not.contain('Disponible');
    }
    const rebond = await entry(el, 'rebond-industriel-financement');
    expect(
      rebond
        .querySelector('[part="availability"]')!
        .getAttribute('data-availability')
    ).to.equal('check');
    expect(text(rebond.querySelector('[part="scope"]'))).to.contain(
      'à vérifier auprès de l’opérateur'
    );
  });

  it("offers a region's aid in that region only", async () => {
    const paris = await make(
      html`<ti-service-finder place="insee:75056"></ti-service-finder>`
    );
    await verdict(paris);
    const pmup = async (el: TiServiceFinder) =>
      (
        await compact(el, 'ile-de-france-pmup-jeunes-pousses-industrielles')
      ).querySelector('[part="availability"]')!;
    const scope = async (el: TiServiceFinder) =>
      text(
        (
          await entry(el, 'ile-de-france-pmup-jeunes-pousses-industrielles')
        ).querySelector('[part="scope"]')
      );
    expect((await pmup(paris)).getAttribute('data-availability')).to.equal(
      'yes'
    );
    expect(await scope(paris)).to.equal(
      'Aide régionale : Île-de-France — disponible pour ce lieu.'
    );
    const oyonnax = await make(
      html`<ti-service-finder place="insee:01283"></ti-service-finder>`
    );
    await verdict(oyonnax);
    expect((await pmup(oyonnax)).getAttribute('data-availability')).to.equal(
      'no'
    );
    expect(await scope(oyonnax)).to.contain('autre région');
  });
});
