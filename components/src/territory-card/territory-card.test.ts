import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TiTerritoryCard} from './territory-card.component.ts';
import './territory-card.ts';

const shadow = (el: TiTerritoryCard) => el.shadowRoot!;
const text = (el: TiTerritoryCard, part: string) =>
  shadow(el)
    .querySelector(`[part="${part}"]`)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();

async function settled(el: TiTerritoryCard): Promise<TiTerritoryCard> {
  await waitUntil(
    () => !shadow(el).querySelector('[role="status"][aria-live]'),
    'still loading',
    {timeout: 5000}
  );
  return el;
}

describe('ti-territory-card', () => {
  it('is accessible', async () => {
    const el = await settled(
      await fixture<TiTerritoryCard>(
        html`<ti-territory-card territory="ti-8413"></ti-territory-card>`
      )
    );
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('asks for a territory or a place when it has neither', async () => {
      const el = await settled(
        await fixture<TiTerritoryCard>(
          html`<ti-territory-card></ti-territory-card>`
        )
      );
      expect(text(el, 'base')).to.equal(undefined);
      expect(
        shadow(el).querySelector('[role="alert"]')!.textContent
      ).to.contain('Indiquez un territoire');
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes', () => {
    it('shows a territory by id: name, regions, departments, communes, population and vintage', async () => {
      const el = await settled(
        await fixture<TiTerritoryCard>(
          html`<ti-territory-card territory="ti-8413"></ti-territory-card>`
        )
      );
      expect(text(el, 'name')).to.equal('Plastics Vallée – Oyonnax');
      const facts = text(el, 'facts')!;
      expect(facts).to.contain('Auvergne-Rhône-Alpes');
      expect(facts).to.match(/Ain \(01\)/);
      expect(facts).to.match(/habitants/);
      expect(text(el, 'vintage')).to.contain('mise à jour du 04/07/2024');
      expect(text(el, 'vintage')).to.contain('COG 2026');
      expect(
        shadow(el).querySelectorAll('[part="groupements"] li').length
      ).to.be.greaterThan(0);
    });

    it('shows the territory of a place, with the reason', async () => {
      const el = await settled(
        await fixture<TiTerritoryCard>(
          html`<ti-territory-card place="Oyonnax"></ti-territory-card>`
        )
      );
      expect(text(el, 'name')).to.equal('Plastics Vallée – Oyonnax');
      expect(text(el, 'reason')).to.contain('Oyonnax (01283)');
    });

    it('says why a place is in no territory', async () => {
      const el = await settled(
        await fixture<TiTerritoryCard>(
          html`<ti-territory-card place="insee:75108"></ti-territory-card>`
        )
      );
      expect(text(el, 'name')).to.equal(undefined);
      expect(text(el, 'reason')).to.contain(
        'dans aucun Territoire d’industrie'
      );
      await expect(el).to.be.accessible();
    });

    it('says so, accessibly, for an unknown territory and for hostile input', async () => {
      const el = await settled(
        await fixture<TiTerritoryCard>(
          html`<ti-territory-card
            territory=${'<img src=x onerror=alert(1)>'}
          ></ti-territory-card>`
        )
      );
      expect(
        shadow(el).querySelector('[role="alert"]')!.textContent
      ).to.contain('Territoire inconnu');
      expect(shadow(el).querySelector('img')).to.equal(null);
      const invalid = await settled(
        await fixture<TiTerritoryCard>(
          html`<ti-territory-card
            place="javascript:alert(1)"
          ></ti-territory-card>`
        )
      );
      expect(text(invalid, 'reason')).to.contain('Saisie non reconnue');
      await expect(invalid).to.be.accessible();
    });

    it('follows a change of place', async () => {
      const el = await settled(
        await fixture<TiTerritoryCard>(
          html`<ti-territory-card place="Oyonnax"></ti-territory-card>`
        )
      );
      el.place = '2A004';
      await waitUntil(() => text(el, 'name') === 'Pays Ajaccien');
    });
  });

  describe('history', () => {
    // The first phase's territories that held the members, by SIREN: today's ti-1110 was not the first phase's.
    const cases = [
      {
        territory: 'ti-1109',
        lang: 'fr',
        expected:
          'Dans le programme depuis 2018 : ses membres étaient dans « Seine Aval - Mantes » (2018-2022).',
      },
      {
        territory: 'ti-1110',
        lang: 'fr',
        expected:
          'Dans le programme depuis 2018 pour 2 de ses 3 membres, alors dans « Montereau - Nemours » (2018-2022).',
      },
      {
        territory: 'ti-0601',
        lang: 'fr',
        expected:
          'Nouveau en 2023-2027 : aucun de ses membres n’était dans un Territoire d’industrie en 2018-2022.',
      },
      {
        territory: 'ti-1109',
        lang: 'en',
        expected:
          'In the programme since 2018: its members were in “Seine Aval - Mantes” (2018-2022).',
      },
    ];
    for (const {territory, lang, expected} of cases)
      it(`says since when ${territory}'s members are in the programme (${lang})`, async () => {
        const el = await settled(
          await fixture<TiTerritoryCard>(
            html`<ti-territory-card
              lang=${lang}
              territory=${territory}
            ></ti-territory-card>`
          )
        );
        expect(text(el, 'history')).to.equal(expected);
        await expect(el).to.be.accessible();
      });
  });

  describe('small map', () => {
    it('draws none without `map`, and downloads no geometry', async () => {
      // Before the card with `map` below: a module loaded once is never asked for again.
      performance.clearResourceTimings();
      const el = await settled(
        await fixture<TiTerritoryCard>(
          html`<ti-territory-card territory="ti-1109"></ti-territory-card>`
        )
      );
      expect(shadow(el).querySelector('[part="map"]')).to.equal(null);
      const geometry = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('geometry/territories'));
      expect(geometry.map((entry) => entry.name)).to.deep.equal([]);
    });
    it('draws the territory inside its region with `map`, as an image with its words', async () => {
      const el = await settled(
        await fixture<TiTerritoryCard>(
          html`<ti-territory-card territory="ti-1109" map></ti-territory-card>`
        )
      );
      await waitUntil(
        () => shadow(el).querySelector('[part="map"]'),
        'no small map',
        {timeout: 5000}
      );
      const map = shadow(el).querySelector('[part="map"]')!;
      expect(map.getAttribute('role')).to.equal('img');
      expect(map.getAttribute('aria-label')).to.equal(
        'Carte : Seine Aval, dans la région Île-de-France'
      );
      expect(map.querySelector('[part="map-region"]')).to.not.equal(null);
      const territory = map.querySelector<SVGGraphicsElement>(
        '[part="map-territory"]'
      )!;
      // The territory is inside the frame the map draws.
      const box = map.getBoundingClientRect();
      const shape = territory.getBoundingClientRect();
      expect(shape.width).to.be.greaterThan(5);
      expect(shape.left).to.be.at.least(box.left);
      expect(shape.right).to.be.at.most(box.right);
      await expect(el).to.be.accessible();
    });
  });

  describe('events and choices', () => {
    it('fires ti-place-resolve with the answer', async () => {
      const el = document.createElement('ti-territory-card');
      el.setAttribute('place', 'cp:01100');
      setTimeout(() => document.body.append(el));
      const event = await oneEvent(el, 'ti-place-resolve');
      expect(event.detail.answer.territory?.id).to.equal('ti-8413');
      el.remove();
    });

    it('offers the communes of an ambiguous postcode and shows the one chosen', async () => {
      const el = await settled(
        await fixture<TiTerritoryCard>(
          html`<ti-territory-card place="cp:01750"></ti-territory-card>`
        )
      );
      const choices = [
        ...shadow(el).querySelectorAll<HTMLButtonElement>(
          '[part="candidates"] button'
        ),
      ];
      expect(choices.map((b) => b.textContent)).to.have.length(3);
      await expect(el).to.be.accessible();
      choices.find((b) => b.textContent!.includes('Crottet'))!.click();
      await waitUntil(() => text(el, 'name') === 'Bassin de Bourg-en-Bresse');
    });

    it('lets the keyboard choose a candidate', async () => {
      const el = await settled(
        await fixture<TiTerritoryCard>(
          html`<ti-territory-card place="siren:200054781"></ti-territory-card>`
        )
      );
      const choices = [
        ...shadow(el).querySelectorAll<HTMLButtonElement>(
          '[part="candidates"] button'
        ),
      ];
      expect(choices).to.have.length(3);
      choices[0]!.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => text(el, 'name') !== undefined);
      expect(el.territory).to.match(/^ti-110\d$/);
    });
  });

  describe('localization and theme', () => {
    it('speaks English', async () => {
      const el = await settled(
        await fixture<TiTerritoryCard>(
          html`<ti-territory-card
            lang="en"
            territory="ti-8413"
          ></ti-territory-card>`
        )
      );
      expect(text(el, 'facts')).to.contain('inhabitants');
      expect(text(el, 'vintage')).to.match(/^Data: Source: ANCT/);
    });

    it('is accessible in the dark theme', async () => {
      const el = await settled(
        await fixture<TiTerritoryCard>(
          html`<ti-territory-card
            theme="dark"
            territory="ti-1101"
          ></ti-territory-card>`
        )
      );
      await expect(el).to.be.accessible();
    });
  });
});
