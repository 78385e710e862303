import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '../sidepanel/testing/keys.ts';
import type {TiAdviserOptions} from './options-page.component.ts';
import './options-page.ts';
import {FakeOptionsBackend} from './testing/fake-options-backend.ts';

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
const text = (node: Element | null) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function page(backend: FakeOptionsBackend, lang = 'fr') {
  const el = await fixture<TiAdviserOptions>(
    html`<ti-adviser-options
      lang=${lang}
      .backend=${backend}
    ></ti-adviser-options>`
  );
  await waitUntil(
    () => !$<HTMLInputElement>(el, 'input[type="checkbox"]')!.disabled
  );
  return el;
}

async function add(el: TiAdviserOptions, value: string) {
  const input = $<HTMLInputElement>(el, '#ti-site')!;
  input.value = value;
  $<HTMLButtonElement>(el, '.ti-add button[type="submit"]')!.click();
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
}

describe('ti-adviser-options', () => {
  it('is accessible', async () => {
    const el = await page(new FakeOptionsBackend());
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('says what leaves the browser, and where', async () => {
      const el = await page(new FakeOptionsBackend());
      const privacy = text($(el, 'section[aria-labelledby="ti-privacy"]'));
      expect(privacy).to.contain('SIREN ou SIRET');
      expect(privacy).to.contain('recherche-entreprises.api.gouv.fr');
      expect(privacy).to.contain('24 heures');
      expect(privacy).to.contain('Aucun compte');
    });

    it('lists the registries once each, and says when no site is granted', async () => {
      const el = await page(new FakeOptionsBackend());
      expect(
        [...el.shadowRoot!.querySelectorAll('.ti-registries li')].map(text)
      ).to.deep.equal([
        'annuaire-entreprises.data.gouv.fr',
        'pappers.fr',
        'societe.com',
        'infogreffe.fr',
      ]);
      expect(text($(el, 'section[aria-labelledby="ti-sites"]'))).to.contain(
        'Aucun site autorisé'
      );
      expect(text($(el, 'section[aria-labelledby="ti-click"]'))).to.contain(
        'activeTab'
      );
    });
  });

  describe('automatic scanning', () => {
    it('reflects and saves the setting', async () => {
      const backend = new FakeOptionsBackend();
      backend.settings = {autoScan: false};
      const el = await page(backend);
      const box = $<HTMLInputElement>(el, 'input[type="checkbox"]')!;
      expect(box.checked).to.equal(false);
      box.focus();
      await sendKeys({press: 'Space'});
      await waitUntil(() => backend.settings.autoScan);
      await waitUntil(() => text($(el, '.ti-feedback')).includes('enregistré'));
    });
  });

  describe('sites', () => {
    it('requests a typed site with Enter, then lists it', async () => {
      const backend = new FakeOptionsBackend();
      const el = await page(backend);
      $(el, '#ti-site')!.focus();
      await sendKeys({type: 'https://www.cci-exemple.fr/mentions-legales'});
      await sendKeys({press: 'Enter'});
      await waitUntil(() =>
        text($(el, '.ti-granted')).includes('www.cci-exemple.fr')
      );
      expect(backend.requested).to.deep.equal(['https://www.cci-exemple.fr/*']);
      expect(text($(el, '.ti-feedback'))).to.contain('est maintenant analysé');
      expect($<HTMLInputElement>(el, '#ti-site')!.value).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('says when the adviser refuses the prompt', async () => {
      const backend = new FakeOptionsBackend();
      backend.accept = false;
      const el = await page(backend);
      await add(el, 'example.fr');
      await waitUntil(() => text($(el, '.ti-feedback')).includes('refusée'));
      expect($(el, '.ti-feedback')!.dataset.tone).to.equal('error');
    });

    it('removes a granted site', async () => {
      const backend = new FakeOptionsBackend();
      backend.granted = ['https://example.fr/*'];
      const el = await page(backend);
      const remove = $<HTMLButtonElement>(el, '.ti-granted button')!;
      expect(remove.getAttribute('aria-label')).to.equal(
        'Retirer https://example.fr'
      );
      remove.click();
      await waitUntil(() =>
        text($(el, '.ti-feedback')).includes('n’est plus analysé')
      );
      expect(backend.removed).to.deep.equal(['https://example.fr/*']);
      expect($(el, '.ti-granted')).to.equal(null);
    });

    it('does not ask for a registry, already scanned', async () => {
      const backend = new FakeOptionsBackend();
      const el = await page(backend);
      await add(el, 'https://www.pappers.fr/entreprise/x');
      await waitUntil(() =>
        text($(el, '.ti-feedback')).includes('déjà analysé')
      );
      expect(backend.requested).to.deep.equal([]);
    });

    const hostile: [string, RegExp][] = [
      ['javascript:alert(1)', /http:\/\/ et https:\/\//],
      ['http://', /pas une adresse de site valide/],
      ['n’importe quoi !', /pas une adresse de site valide/],
      ['<img src=x onerror=alert(1)>', /pas une adresse de site valide/],
      ['', /Saisissez/],
    ];
    for (const [input, message] of hostile)
      it(`refuses ${JSON.stringify(input)} with a clear message and requests nothing`, async () => {
        const backend = new FakeOptionsBackend();
        const el = await page(backend);
        await add(el, input);
        await waitUntil(() => text($(el, '#ti-site-problem')) !== '');
        expect(text($(el, '#ti-site-problem'))).to.match(message);
        expect($(el, '#ti-site')!.getAttribute('aria-invalid')).to.equal(
          'true'
        );
        expect(backend.requested).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        await expect(el).to.be.accessible();
      });
  });

  describe('localization', () => {
    it('speaks English when the browser does', async () => {
      const el = await page(new FakeOptionsBackend(), 'en');
      expect(text($(el, '#ti-privacy'))).to.equal('Privacy');
      await add(el, 'javascript:alert(1)');
      await waitUntil(() =>
        text($(el, '#ti-site-problem')).includes('Only http://')
      );
      await expect(el).to.be.accessible();
    });
  });
});
