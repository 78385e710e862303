import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {LookupResult} from '@ti-toolkit/core/company-api';
import {
  CHOICE_DELAY_MS,
  type TiAdviserPanel,
} from './adviser-panel.component.ts';
import './adviser-panel.ts';
import {
  company,
  detected,
  establishment,
  found,
  HEAD_OFFICE_SIRET,
  OTHER_SIREN,
  SIREN,
  SIRET,
  tabState,
} from './testing/companies.ts';
import {FakeBackend} from './testing/fake-backend.ts';
import {sendKeys} from './testing/keys.ts';

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const live = (el: Element) => text($(el, '[aria-live="polite"]'));
const button = (el: Element, label: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label);

async function panel(
  backend: FakeBackend,
  lang = 'fr'
): Promise<TiAdviserPanel> {
  const el = await fixture<TiAdviserPanel>(
    html`<ti-adviser-panel lang=${lang} .backend=${backend}></ti-adviser-panel>`
  );
  await waitUntil(() => live(el) !== '', 'the panel never read its tab');
  return el;
}

/** Waits for the nested components (cards, widget) to finish loading their data. */
async function settled(el: TiAdviserPanel): Promise<void> {
  await waitUntil(
    () =>
      $$(el, 'ti-territory-card, ti-funding-widget').every(
        (child) =>
          child.shadowRoot !== null &&
          !/Chargement|Loading/.test(text(child.shadowRoot.firstElementChild))
      ),
    'the components are still loading',
    {timeout: 8000}
  );
}

const backendWith = (edit: (b: FakeBackend) => void = () => {}) => {
  const backend = new FakeBackend();
  edit(backend);
  return backend;
};

const done = (identifier: string, result: LookupResult) => ({
  identifier,
  status: 'done' as const,
  result,
  finishedAt: 0,
});

describe('ti-adviser-panel', () => {
  it('is accessible with a company in a territory', async () => {
    const backend = backendWith((b) => {
      b.tabs.set(7, tabState());
      b.lookups.set(SIRET, found(SIRET, company()));
    });
    const el = await panel(backend);
    await waitUntil(() => $(el, '.ti-verdict'));
    await settled(el);
    await expect(el).to.be.accessible();
  });

  describe('page states', () => {
    it('says when no page is open', async () => {
      const el = await panel(backendWith((b) => (b.tabId = null)));
      expect(live(el)).to.contain('Aucune page');
      expect(button(el, 'Analyser cette page')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('says a page not read yet can be scanned or searched', async () => {
      const el = await panel(backendWith());
      expect(text($(el, '[data-state="page"]'))).to.contain(
        'pas encore été lue'
      );
      expect(button(el, 'Analyser cette page')).to.be.instanceOf(HTMLElement);
      await expect(el).to.be.accessible();
    });

    it('says nothing was found and points to the search', async () => {
      const el = await panel(
        backendWith((b) =>
          b.tabs.set(7, tabState({companies: [], chosen: null}))
        )
      );
      expect(live(el)).to.contain('Aucune entreprise trouvée');
      expect(live(el)).to.contain('recherche ci-dessous');
      expect($(el, 'input[type="search"]')).to.be.instanceOf(HTMLElement);
      await expect(el).to.be.accessible();
    });

    it('shows the notice of a selection without an identifier', async () => {
      const el = await panel(
        backendWith((b) =>
          b.tabs.set(
            7,
            tabState({
              companies: [],
              chosen: null,
              notice: {kind: 'no-identifier-in-selection', text: 'bonjour'},
            })
          )
        )
      );
      expect(text($(el, '[data-state="notice"]'))).to.contain('« bonjour »');
      await expect(el).to.be.accessible();
    });

    it('scans the page on request and explains a refusal', async () => {
      const backend = backendWith((b) => (b.answers['scan-tab'] = {ok: false}));
      const el = await panel(backend);
      button(el, 'Analyser cette page')!.click();
      await waitUntil(() => text($(el, '.ti-scan')).includes('options'));
      expect(backend.sent).to.deep.equal([
        {type: 'scan-tab', payload: {tabId: 7}},
      ]);
      expect(text($(el, '.ti-scan'))).to.contain('barre d’outils');
      button(el, 'Ouvrir les options')!.click();
      expect(backend.optionsOpened).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('follows the tab and storage changes', async () => {
      const backend = backendWith();
      const el = await panel(backend);
      backend.change((b) => {
        b.tabId = 8;
        b.tabs.set(8, tabState({chosen: null, companies: []}));
      });
      await waitUntil(() => live(el).includes('Aucune entreprise trouvée'));
      backend.change((b) => b.tabs.set(8, tabState()));
      await waitUntil(() => live(el).includes('n’a pas encore été recherchée'));
    });
  });

  describe('several companies', () => {
    const two = () =>
      backendWith((b) =>
        b.tabs.set(
          7,
          tabState({
            companies: [
              detected({name: 'ÉDITEUR SA', source: 'json-ld'}),
              detected({siren: OTHER_SIREN, siret: null, source: 'page-text'}),
            ],
            chosen: null,
          })
        )
      );

    it("says each company's part in a legal notice", async () => {
      const el = await panel(
        backendWith((b) =>
          b.tabs.set(
            7,
            tabState({
              companies: [
                detected({role: 'publisher'}),
                detected({siren: OTHER_SIREN, siret: null, role: 'host'}),
              ],
              chosen: null,
            })
          )
        )
      );
      const options = $$(el, 'fieldset.ti-companies label').map(text);
      expect(options[0]).to.contain('éditeur du site');
      expect(options[1]).to.contain('hébergeur du site');
      await expect(el).to.be.accessible();
    });

    it('a page naming only its host: says so, and the host can still be chosen', async () => {
      const backend = backendWith((b) =>
        b.tabs.set(
          7,
          tabState({
            companies: [detected({siret: null, role: 'host'})],
            chosen: null,
            choiceReason: 'only-host',
          })
        )
      );
      const el = await panel(backend);
      expect(text($(el, '.ti-ask-reason'))).to.equal(
        'Seul l’hébergeur du site est cité : ce n’est sans doute pas l’entreprise que vous cherchez.'
      );
      const [radio] = $$<HTMLInputElement>(el, 'input[name="company"]');
      expect(radio?.checked).to.equal(false);
      await expect(el).to.be.accessible();
      radio!.click();
      await new Promise((resolve) => setTimeout(resolve, CHOICE_DELAY_MS + 50));
      expect(backend.sent).to.deep.equal([
        {
          type: 'choose-company',
          payload: {tabId: 7, siren: SIREN, address: 'head-office'},
        },
      ]);
    });

    it('says why it asks when the page names two publishers', async () => {
      const el = await panel(
        backendWith((b) =>
          b.tabs.set(
            7,
            tabState({
              companies: [
                detected({role: 'publisher'}),
                detected({siren: OTHER_SIREN, siret: null, role: 'publisher'}),
              ],
              chosen: null,
              choiceReason: 'several-publishers',
            })
          )
        ),
        'en'
      );
      expect(text($(el, '.ti-ask-reason'))).to.equal(
        'Several companies are presented as the site’s publishers.'
      );
    });

    it('offers a ranked radio group with names, SIRENs and sources', async () => {
      const el = await panel(two());
      const options = $$(el, 'fieldset.ti-companies label');
      expect(options.map(text)).to.deep.equal([
        'ÉDITEUR SA SIREN 732 829 320 · SIRET 732 829 320 00074 trouvée dans : données structurées de la page',
        'Nom non indiqué sur la page SIREN 356 000 000 trouvée dans : texte de la page',
      ]);
      expect(live(el)).to.contain('2 entreprises trouvées');
      await expect(el).to.be.accessible();
    });

    it('chooses a company with the arrow keys', async () => {
      const backend = two();
      const el = await panel(backend);
      const [first] = $$<HTMLInputElement>(el, 'input[name="company"]');
      first!.focus();
      await sendKeys({press: 'Space'});
      await sendKeys({press: 'ArrowDown'});
      // Passing by the first company does not choose it: only where the adviser rests is sent.
      expect(backend.sent).to.deep.equal([]);
      const radios = $$<HTMLInputElement>(el, 'input[name="company"]');
      expect(radios.map((r) => r.checked)).to.deep.equal([false, true]);
      await new Promise((resolve) => setTimeout(resolve, CHOICE_DELAY_MS + 50));
      expect(backend.sent).to.deep.equal([
        {
          type: 'choose-company',
          payload: {tabId: 7, siren: OTHER_SIREN, address: 'head-office'},
        },
      ]);
    });
  });

  describe('establishment or head office', () => {
    it('offers the choice when the page gave a SIRET, and sends it', async () => {
      const backend = backendWith((b) => {
        b.tabs.set(7, tabState());
        b.lookups.set(SIRET, found(SIRET, company()));
      });
      const el = await panel(backend);
      await waitUntil(() => $(el, '.ti-verdict'));
      const radios = $$<HTMLInputElement>(el, 'input[name="address"]');
      expect(radios.map((r) => r.checked)).to.deep.equal([true, false]);
      radios[1]!.click();
      expect(backend.sent.at(-1)).to.deep.equal({
        type: 'choose-company',
        payload: {tabId: 7, siren: SIREN, address: 'head-office'},
      });
    });

    it('judges the head office when chosen', async () => {
      const el = await panel(
        backendWith((b) => {
          b.tabs.set(
            7,
            tabState({chosen: {siren: SIREN, address: 'head-office'}})
          );
          b.lookups.set(SIRET, found(SIRET, company()));
        })
      );
      await waitUntil(() => $(el, '.ti-verdict'));
      expect($(el, '.ti-verdict')!.dataset.status).to.equal('not-in-territory');
      expect(text($(el, '.ti-facts'))).to.contain(
        'Siège social – 8 RUE DE LA PAIX'
      );
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('has no choice for a SIREN alone', async () => {
      const el = await panel(
        backendWith((b) =>
          b.tabs.set(
            7,
            tabState({
              companies: [detected({siret: null})],
              chosen: {siren: SIREN, address: 'head-office'},
            })
          )
        )
      );
      expect($(el, 'input[name="address"]')).to.equal(null);
    });
  });

  describe('lookup states', () => {
    it('announces a pending lookup politely, without a button', async () => {
      const el = await panel(
        backendWith((b) => {
          b.tabs.set(7, tabState());
          b.lookups.set(SIRET, {
            identifier: SIRET,
            status: 'pending',
            startedAt: 0,
          });
        })
      );
      expect(live(el)).to.contain('Recherche de l’entreprise');
      expect($(el, '[data-state="pending"]')).to.be.instanceOf(HTMLElement);
      expect(button(el, 'Réessayer')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    const failures: [string, LookupResult, RegExp, boolean][] = [
      ['not-found', {ok: false, reason: 'not-found'}, /non diffusible/, true],
      [
        'rate-limited',
        {ok: false, reason: 'rate-limited', retryAfterMs: 30_000, attempts: 3},
        /trop de demandes.*dans 30 s/,
        true,
      ],
      [
        'unavailable',
        {
          ok: false,
          reason: 'unavailable',
          cause: 'network',
          status: null,
          detail: 'offline',
          attempts: 3,
        },
        /ne répond pas.*code postal fonctionne toujours, hors ligne/,
        true,
      ],
      [
        'invalid-answer',
        {ok: false, reason: 'invalid-answer', problem: 'schema', detail: 'x'},
        /réponse illisible/,
        true,
      ],
      ['aborted', {ok: false, reason: 'aborted'}, /interrompue/, true],
      [
        'invalid-identifier',
        {ok: false, reason: 'invalid-identifier', detail: 'x'},
        /pas un SIREN ou un SIRET valide/,
        false,
      ],
    ];
    for (const [reason, result, message, retry] of failures)
      it(`explains a ${reason} failure${retry ? ' and retries' : ''}`, async () => {
        const backend = backendWith((b) => {
          b.tabs.set(7, tabState());
          b.lookups.set(SIRET, done(SIRET, result));
        });
        const el = await panel(backend);
        const failure = $(el, '[data-state="failed"]')!;
        expect(failure.dataset.reason).to.equal(reason);
        expect(text(failure)).to.match(message);
        expect(live(el)).to.match(message);
        const again = button(el, 'Réessayer');
        if (retry) {
          again!.click();
          expect(backend.sent).to.deep.equal([
            {type: 'retry', payload: {identifier: SIRET}},
          ]);
        } else expect(again).to.equal(undefined);
        await expect(el).to.be.accessible();
      });

    it('looks up a chosen company with no record yet', async () => {
      const backend = backendWith((b) => b.tabs.set(7, tabState()));
      const el = await panel(backend);
      button(el, 'Rechercher')!.click();
      expect(backend.sent).to.deep.equal([
        {type: 'retry', payload: {identifier: SIRET}},
      ]);
    });
  });

  describe('company found', () => {
    it('shows the company, a verdict region with the territory and the funding widget', async () => {
      const el = await panel(
        backendWith((b) => {
          b.tabs.set(7, tabState());
          b.lookups.set(SIRET, found(SIRET, company()));
        })
      );
      await waitUntil(() => $(el, '.ti-verdict'));
      expect(text($(el, '#ti-company-heading'))).to.equal(
        'PLASTIQUES DU HAUT-BUGEY'
      );
      expect(text($(el, '.ti-facts'))).to.contain('732 829 320 00074');
      const verdict = $(el, 'section[aria-labelledby="ti-verdict-heading"]')!;
      expect(text($(el, '#ti-verdict-heading'))).to.equal('Verdict');
      expect(text(verdict)).to.contain('Plastics Vallée – Oyonnax');
      expect(
        verdict.querySelector('ti-territory-card')!.getAttribute('place')
      ).to.equal('insee:01283');
      const widget = $(el, 'ti-funding-widget')!;
      expect(widget.getAttribute('place')).to.equal('insee:01283');
      expect(widget.getAttribute('who')).to.equal('company');
      expect(widget.getAttribute('size')).to.equal('sme');
      // Its activity, for the schemes reserved to industry.
      expect(widget.getAttribute('naf')).to.equal('22.29A');
      expect(live(el)).to.equal(
        'Dans le Territoire d’industrie Plastics Vallée – Oyonnax.'
      );
    });

    const unknownCommune: [string, string, RegExp][] = [
      ['fr', 'commune inconnue des données (millésime COG 2026)', /Hors/],
      ['en', 'commune unknown to the data (COG 2026 vintage)', /Not in/],
    ];
    for (const [lang, words, notIn] of unknownCommune)
      it(`says a commune unknown to the data is unknown, never "not in a territory" (${lang})`, async () => {
        const headOffice = establishment({
          siret: HEAD_OFFICE_SIRET,
          isHeadOffice: true,
          communeCode: '2A999',
        });
        const el = await panel(
          backendWith((b) => {
            b.tabs.set(
              7,
              tabState({chosen: {siren: SIREN, address: 'head-office'}})
            );
            b.lookups.set(SIRET, found(SIRET, company({headOffice})));
          }),
          lang
        );
        await waitUntil(() => $(el, '.ti-verdict'));
        expect($(el, '.ti-verdict')!.dataset['status']).to.equal(
          'unknown-commune'
        );
        const sentence = text($(el, '.ti-verdict-sentence'));
        expect(sentence).to.contain('2A999').and.to.contain(words);
        expect(sentence).not.to.match(notIn);
        expect(live(el)).to.equal(sentence);
        expect($(el, '.ti-verdict ti-territory-card')).to.equal(null);
        await settled(el);
        await expect(el).to.be.accessible();
      });

    it('warns about a closed company', async () => {
      const el = await panel(
        backendWith((b) => {
          b.tabs.set(7, tabState());
          b.lookups.set(SIRET, found(SIRET, company({state: 'closed'})));
        })
      );
      await waitUntil(() => $(el, '.ti-warning'));
      expect(text($(el, '.ti-warning'))).to.contain('fermée');
    });

    it('copies the summary with the button, and shows it when the clipboard refuses', async () => {
      const backend = backendWith((b) => {
        b.tabs.set(7, tabState());
        b.lookups.set(SIRET, found(SIRET, company()));
      });
      const el = await panel(backend);
      await waitUntil(() => $(el, '.ti-copy'));
      $(el, '.ti-copy')!.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => backend.copied.length === 1);
      expect(backend.copied[0]).to.contain(
        'Territoire d’industrie Plastics Vallée – Oyonnax'
      );
      expect(backend.copied[0]).to.contain('CA Haut-Bugey Agglomération');
      await waitUntil(() =>
        text($(el, '.ti-copy + .ti-feedback')).includes('copié')
      );
      backend.clipboardWorks = false;
      $(el, '.ti-copy')!.click();
      await waitUntil(() => $(el, 'textarea'));
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.contain(
        'SIREN : 732 829 320'
      );
      await settled(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('hand-off', () => {
    const ADVISERS = 'https://conseillers-entreprises.service-public.gouv.fr/';
    const DIRECTORY = 'https://annuaire-entreprises.data.gouv.fr';
    const links = (el: Element) =>
      $$<HTMLAnchorElement>(el, '.ti-hand-off a').map((a) => ({
        text: text(a),
        href: a.href,
        target: a.target,
        rel: a.rel,
      }));

    it('links the advisers’ service with the SIRET and the establishment’s directory page, in new tabs', async () => {
      const el = await panel(
        backendWith((b) => {
          b.tabs.set(7, tabState());
          b.lookups.set(SIRET, found(SIRET, company()));
        })
      );
      await waitUntil(() => $(el, '.ti-hand-off'));
      expect($(el, '.ti-hand-off')!.getAttribute('aria-label')).to.equal(
        'Passer le relais'
      );
      expect(links(el)).to.deep.equal([
        {
          text: 'Contacter un conseiller (nouvel onglet)',
          href: `${ADVISERS}?siret=${SIRET}`,
          target: '_blank',
          rel: 'noopener noreferrer',
        },
        {
          text: 'Fiche sur l’annuaire des entreprises (nouvel onglet)',
          href: `${DIRECTORY}/etablissement/${SIRET}`,
          target: '_blank',
          rel: 'noopener noreferrer',
        },
      ]);
      expect(text($(el, '.ti-hand-off'))).to.contain('SIRET prérempli');
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('hands on the head office when it is the address judged', async () => {
      const el = await panel(
        backendWith((b) => {
          b.tabs.set(
            7,
            tabState({chosen: {siren: SIREN, address: 'head-office'}})
          );
          b.lookups.set(SIRET, found(SIRET, company()));
        })
      );
      await waitUntil(() => $(el, '.ti-hand-off'));
      expect(links(el).map((l) => l.href)).to.deep.equal([
        `${ADVISERS}?siret=${HEAD_OFFICE_SIRET}`,
        `${DIRECTORY}/etablissement/${HEAD_OFFICE_SIRET}`,
      ]);
    });

    it('falls back to the home page and the company’s page when the register’s SIRET is not one', async () => {
      const hostile = establishment({siret: `${SIRET}&email=x@y.fr"><b>`});
      const el = await panel(
        backendWith((b) => {
          b.tabs.set(7, tabState());
          b.lookups.set(SIRET, found(SIRET, company({establishment: hostile})));
        })
      );
      await waitUntil(() => $(el, '.ti-hand-off'));
      expect(links(el).map((l) => l.href)).to.deep.equal([
        ADVISERS,
        `${DIRECTORY}/entreprise/${SIREN}`,
      ]);
      expect(text($(el, '.ti-hand-off'))).not.to.contain('prérempli');
      expect($(el, '.ti-hand-off b')).to.equal(null);
    });

    it('reaches both links with Tab', async () => {
      const el = await panel(
        backendWith((b) => {
          b.tabs.set(7, tabState());
          b.lookups.set(SIRET, found(SIRET, company()));
        })
      );
      await waitUntil(() => $(el, '.ti-hand-off'));
      const [adviser, directory] = $$(el, '.ti-hand-off a');
      adviser!.focus();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(directory);
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.ti-copy'));
    });

    it('speaks English', async () => {
      const el = await panel(
        backendWith((b) => {
          b.tabs.set(7, tabState());
          b.lookups.set(SIRET, found(SIRET, company()));
        }),
        'en'
      );
      await waitUntil(() => $(el, '.ti-hand-off'));
      expect(links(el).map((l) => l.text)).to.deep.equal([
        'Contact an adviser (new tab)',
        'Page on the Annuaire des entreprises (new tab)',
      ]);
      expect(text($(el, '.ti-hand-off'))).to.contain('SIRET filled in');
    });
  });

  describe('list check', () => {
    it("links the extension's own list page by default", async () => {
      const el = await panel(backendWith());
      await waitUntil(() => $(el, '.ti-list-check a'));
      const link = $<HTMLAnchorElement>(el, '.ti-list-check a')!;
      expect(new URL(link.href).pathname).to.equal(
        '/src/list-check/index.html'
      );
    });

    it('shows no link when the list page has no address', async () => {
      const el = await fixture<TiAdviserPanel>(
        html`<ti-adviser-panel
          lang="fr"
          .backend=${backendWith()}
          .listCheckUrl=${null}
        ></ti-adviser-panel>`
      );
      await el.updateComplete;
      expect($(el, '.ti-list-check')).to.equal(null);
    });

    it('links the list-check page in a new tab', async () => {
      const backend = backendWith();
      const el = await fixture<TiAdviserPanel>(
        html`<ti-adviser-panel
          lang="fr"
          .backend=${backend}
          .listCheckUrl=${'https://example.org/verifier/'}
        ></ti-adviser-panel>`
      );
      await waitUntil(() => $(el, '.ti-list-check a'));
      const link = $<HTMLAnchorElement>(el, '.ti-list-check a')!;
      expect(text(link)).to.equal(
        'Vérifier une liste d’entreprises (nouvel onglet)'
      );
      expect(link.href).to.equal('https://example.org/verifier/');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      await expect(el).to.be.accessible();
    });
  });

  describe('manual search', () => {
    it('sends a SIRET typed then Enter as a look-up for the tab', async () => {
      const backend = backendWith();
      const el = await panel(backend);
      $(el, 'input[type="search"]')!.focus();
      await sendKeys({type: '732 829 320 00074'});
      await sendKeys({press: 'Enter'});
      await waitUntil(() => backend.sent.length === 1);
      expect(backend.sent[0]).to.deep.equal({
        type: 'look-up',
        payload: {tabId: 7, identifier: SIRET},
      });
    });

    it('follows a look-up made without a tab', async () => {
      const backend = backendWith((b) => {
        b.tabId = null;
        b.lookups.set(SIREN, {
          identifier: SIREN,
          status: 'pending',
          startedAt: 0,
        });
      });
      const el = await panel(backend);
      $<HTMLInputElement>(el, 'input[type="search"]')!.value = SIREN;
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await waitUntil(() => live(el).includes('Recherche de l’entreprise'));
      expect(backend.sent[0]).to.deep.equal({
        type: 'look-up',
        payload: {tabId: null, identifier: SIREN},
      });
    });

    it('resolves a commune locally with the territory card', async () => {
      const backend = backendWith();
      const el = await panel(backend);
      $(el, 'input[type="search"]')!.focus();
      await sendKeys({type: 'Oyonnax'});
      await sendKeys({press: 'Enter'});
      await waitUntil(() => $(el, '.ti-place ti-territory-card'));
      expect(
        $(el, '.ti-place ti-territory-card')!.getAttribute('place')
      ).to.equal('Oyonnax');
      expect(backend.sent).to.deep.equal([]);
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('says when storage refused to keep a look-up, without blaming what was typed', async () => {
      const backend = backendWith(
        (b) => (b.answers['look-up'] = {ok: false, error: 'storage-full'})
      );
      const el = await panel(backend);
      $<HTMLInputElement>(el, 'input[type="search"]')!.value = SIRET;
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await waitUntil(() => text($(el, '#ti-search-problem')) !== '');
      expect(text($(el, '#ti-search-problem'))).to.match(
        /mémoire de l’extension est pleine/
      );
      expect(
        $(el, 'input[type="search"]')!.getAttribute('aria-invalid')
      ).to.equal('false');
      await expect(el).to.be.accessible();
    });

    const problems: [string, RegExp][] = [
      ['   ', /Saisissez/],
      ['732 829 321', /clé de contrôle/],
    ];
    for (const [input, message] of problems)
      it(`explains why "${input}" starts no search`, async () => {
        const backend = backendWith();
        const el = await panel(backend);
        $<HTMLInputElement>(el, 'input[type="search"]')!.value = input;
        $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
        await waitUntil(() => text($(el, '#ti-search-problem')) !== '');
        expect(text($(el, '#ti-search-problem'))).to.match(message);
        expect(
          $(el, 'input[type="search"]')!.getAttribute('aria-invalid')
        ).to.equal('true');
        expect(backend.sent).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
  });

  describe('localization', () => {
    it('speaks English when the browser does', async () => {
      const el = await panel(
        backendWith((b) => {
          b.tabs.set(7, tabState());
          b.lookups.set(SIRET, done(SIRET, {ok: false, reason: 'not-found'}));
        }),
        'en'
      );
      expect(live(el)).to.contain('Company not found');
      expect(button(el, 'Try again')).to.be.instanceOf(HTMLElement);
      expect(button(el, 'Scan this page')).to.be.instanceOf(HTMLElement);
      await expect(el).to.be.accessible();
    });
  });
});
