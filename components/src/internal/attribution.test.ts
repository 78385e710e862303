import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {loadCatalogue} from '@ti-toolkit/core/catalogue';
import {sendKeys} from '@web/test-runner-commands';
import {attributedHref} from './safe-href.ts';
import {$, $$} from './shadow-queries.ts';
import '../funding-widget/funding-widget.ts';
import '../priority-cards/priority-cards.ts';
import '../service-finder/service-finder.ts';
import '../territory-card/territory-card.ts';

type Updating = HTMLElement & {updateComplete: Promise<unknown>};

const finderReady = async (el: Updating) => {
  await waitUntil(() => $(el, '[part="result"]'), 'no result', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
};

/** The first result's "how to apply" link, its details opened from the keyboard. */
async function finderApplyLink(el: Updating): Promise<HTMLAnchorElement> {
  $<HTMLButtonElement>(el, '[part="toggle"]')!.focus();
  await sendKeys({press: 'Enter'});
  await el.updateComplete;
  return $<HTMLAnchorElement>(el, '[part="apply"] a')!;
}

describe('attribution for partners (source, elementId)', () => {
  it('is accessible with a source', async () => {
    const el = await finderReady(
      await fixture<Updating>(
        html`<ti-service-finder source="cc-gally-mauldre"></ti-service-finder>`
      )
    );
    await finderApplyLink(el);
    await expect(el).to.be.accessible();
  });

  describe('attributedHref', () => {
    const cases: [string, string, string | null][] = [
      [
        'https://a.fr/aide',
        'cc',
        'https://a.fr/aide?utm_source=cc&utm_medium=ti-embed',
      ],
      [
        'https://a.fr/aide?x=%20y&utm_source=old&utm_medium=mail&utm_campaign=c#etapes',
        'Gally & Mauldre é',
        'https://a.fr/aide?x=%20y&utm_campaign=c&utm_source=Gally%20%26%20Mauldre%20%C3%A9&utm_medium=ti-embed#etapes',
      ],
      [
        'https://a.fr/?',
        ' cc ',
        'https://a.fr/?utm_source=cc&utm_medium=ti-embed',
      ],
      ['https://a.fr/aide', '', 'https://a.fr/aide'],
      ['https://a.fr/aide', '   ', 'https://a.fr/aide'],
      ['http://a.fr/aide', 'cc', null],
      ['javascript:alert(1)', 'cc', null],
      ['mailto:aide@a.fr', 'cc', null],
      ['', 'cc', null],
    ];
    for (const [url, source, expected] of cases)
      it(`${url || '(empty)'} with "${source}"`, () =>
        expect(attributedHref(url, source)).to.equal(expected));

    it('cuts a long source', () => {
      const href = attributedHref('https://a.fr/', 'x'.repeat(300))!;
      expect(new URL(href).searchParams.get('utm_source')).to.have.length(100);
    });
  });

  describe('how to apply links', () => {
    it('carry the source in the service finder, and nothing without it', async () => {
      const catalogue = await loadCatalogue();
      const tagged = await finderReady(
        await fixture<Updating>(
          html`<ti-service-finder source="cc-gally"></ti-service-finder>`
        )
      );
      const link = await finderApplyLink(tagged);
      const url = new URL(link.href);
      expect(url.searchParams.get('utm_source')).to.equal('cc-gally');
      expect(url.searchParams.get('utm_medium')).to.equal('ti-embed');
      const plain = await finderReady(
        await fixture<Updating>(html`<ti-service-finder></ti-service-finder>`)
      );
      const href = (await finderApplyLink(plain)).getAttribute('href')!;
      expect(href).to.not.contain('utm_');
      expect(catalogue.schemes.map((s) => s.apply.url)).to.include(href);
      // No other link (sources, report) is tagged.
      for (const other of $$<HTMLAnchorElement>(tagged, 'a'))
        if (other !== link) expect(other.href).to.not.contain('ti-embed');
    });

    it('carry the source in the funding widget', async () => {
      const el = await fixture<Updating>(
        html`<ti-funding-widget
          who="company"
          size="sme"
          project="hiring"
          source="region-ara"
        ></ti-funding-widget>`
      );
      await waitUntil(() => $(el, '[part="result"]'), 'no result', {
        timeout: 5000,
      });
      const toggle = $<HTMLButtonElement>(
        el,
        '[part="result"] [part="toggle"]'
      )!;
      toggle.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      const link = $<HTMLAnchorElement>(el, 'a[part="apply"]')!;
      expect(new URL(link.href).searchParams.get('utm_source')).to.equal(
        'region-ara'
      );
      el.setAttribute('source', '');
      await el.updateComplete;
      expect(link.href).to.not.contain('utm_');
    });
  });

  describe("events carry the element's id", () => {
    it('ti-priority-select', async () => {
      const el = await fixture<Updating>(
        html`<ti-priority-cards id="cards"></ti-priority-cards>`
      );
      await waitUntil(() => $(el, 'button'), 'no card', {timeout: 5000});
      setTimeout(() => $<HTMLButtonElement>(el, 'button')!.click());
      const event = await oneEvent(el, 'ti-priority-select');
      expect(event.detail.elementId).to.equal('cards');
      el.removeAttribute('id');
      setTimeout(() => $<HTMLButtonElement>(el, 'button')!.click());
      expect(
        (await oneEvent(el, 'ti-priority-select')).detail.elementId
      ).to.equal(null);
    });

    it('ti-filters-change and ti-place-resolve from the service finder', async () => {
      const el = await finderReady(
        await fixture<Updating>(
          html`<ti-service-finder id="finder"></ti-service-finder>`
        )
      );
      setTimeout(() =>
        $<HTMLInputElement>(el, 'input[type="checkbox"]')!.click()
      );
      expect(
        (await oneEvent(el, 'ti-filters-change')).detail.elementId
      ).to.equal('finder');
      setTimeout(() => el.setAttribute('place', '01100'));
      expect(
        (await oneEvent(el, 'ti-place-resolve')).detail.elementId
      ).to.equal('finder');
    });

    it('ti-eligibility-change from the funding widget, and ti-place-resolve from the territory card', async () => {
      const widget = await fixture<Updating>(
        html`<ti-funding-widget id="aides" who="company"></ti-funding-widget>`
      );
      await waitUntil(() => $(widget, '#ti-who'), 'no form', {timeout: 5000});
      const who = $<HTMLSelectElement>(widget, '#ti-who')!;
      setTimeout(() => {
        who.value = 'association';
        who.dispatchEvent(new Event('change'));
      });
      expect(
        (await oneEvent(widget, 'ti-eligibility-change')).detail.elementId
      ).to.equal('aides');
      const card = document.createElement('ti-territory-card');
      card.setAttribute('place', 'cp:01100');
      setTimeout(() => document.body.append(card));
      expect(
        (await oneEvent(card, 'ti-place-resolve')).detail.elementId
      ).to.equal(null);
      card.remove();
    });
  });
});
