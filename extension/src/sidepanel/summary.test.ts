import {expect} from '@open-wc/testing';
import type {VintageRef} from '@ti-toolkit/core/places';
import type {CompanyVerdict} from '@ti-toolkit/core/company-territory';
import {companySummary, type SummaryInput} from './summary.ts';
import {company, establishment} from './testing/companies.ts';

const vintage: VintageRef = {
  phase: '2023-2027',
  perimeterDate: '2024-07-04',
  cogYear: 2026,
  attribution:
    "ANCT – Programme Territoires d'industrie, mise à jour du 04/07/2024",
};
const date = new Date(2026, 10, 26, 12);
const inOyonnax: CompanyVerdict = {
  status: 'in-territory',
  address: establishment(),
  communeCode: '01283',
  territory: {id: 'ti-8413', name: 'Plastics Vallée – Oyonnax'},
};
const headOffice = company().headOffice!;
const inParis: CompanyVerdict = {
  status: 'not-in-territory',
  address: headOffice,
  communeCode: '75056',
};
const base: SummaryInput = {
  company: company(),
  verdict: inOyonnax,
  intercommunality: 'CA Haut-Bugey Agglomération',
  vintage,
  date,
  lang: 'fr',
};

describe('companySummary', () => {
  const cases: [string, Partial<SummaryInput>, string][] = [
    [
      'an establishment in a territory, in French',
      {},
      `Territoires d’industrie – fiche entreprise
Entreprise : PLASTIQUES DU HAUT-BUGEY
SIREN : 732 829 320
SIRET (établissement) : 732 829 320 00074
Adresse retenue : 12 RUE DE LA PLASTURGIE 01100 OYONNAX
Commune : OYONNAX (01283)
Verdict : dans le Territoire d’industrie Plastics Vallée – Oyonnax (ti-8413)
Intercommunalité : CA Haut-Bugey Agglomération
Activité : 22.29A
Contacter un conseiller (Conseillers-Entreprises) : https://conseillers-entreprises.service-public.gouv.fr/?siret=73282932000074
Fiche sur l’annuaire des entreprises : https://annuaire-entreprises.data.gouv.fr/etablissement/73282932000074
Données : périmètre 2023-2027, communes au COG 2026 ; source : ANCT – Programme Territoires d'industrie, mise à jour du 04/07/2024
Date : 26/11/2026`,
    ],
    [
      'the head office outside any territory, in English, with no intercommunality known',
      {verdict: inParis, intercommunality: null, lang: 'en'},
      `Territoires d’industrie – company summary
Company: PLASTIQUES DU HAUT-BUGEY
SIREN: 732 829 320
SIRET (head office): 732 829 320 00017
Address used: 8 RUE DE LA PAIX 75008 PARIS
Commune: PARIS (75056)
Verdict: not in a Territoire d’industrie
Activity: 22.29A
Contact an adviser (Conseillers-Entreprises): https://conseillers-entreprises.service-public.gouv.fr/?siret=73282932000017
Page on the Annuaire des entreprises: https://annuaire-entreprises.data.gouv.fr/etablissement/73282932000017
Data: perimeter 2023-2027, communes as of COG 2026; source: ANCT – Programme Territoires d'industrie, mise à jour du 04/07/2024
Date: 26/11/2026`,
    ],
    [
      'a closed company with no name, no activity and no commune',
      {
        company: company({state: 'closed', name: null, activity: null}),
        verdict: {status: 'no-location', address: null},
        intercommunality: null,
      },
      `Territoires d’industrie – fiche entreprise
Entreprise : nom non diffusé
SIREN : 732 829 320
Verdict : indéterminé (le registre ne donne pas de commune)
Attention : entreprise fermée
Contacter un conseiller (Conseillers-Entreprises) : https://conseillers-entreprises.service-public.gouv.fr/
Fiche sur l’annuaire des entreprises : https://annuaire-entreprises.data.gouv.fr/entreprise/732829320
Données : périmètre 2023-2027, communes au COG 2026 ; source : ANCT – Programme Territoires d'industrie, mise à jour du 04/07/2024
Date : 26/11/2026`,
    ],
    [
      'a closed establishment of an active company, with the activity label',
      {
        company: company({activity: {code: '22.29A', label: 'Plasturgie'}}),
        verdict: {...inOyonnax, address: establishment({state: 'closed'})},
      },
      `Territoires d’industrie – fiche entreprise
Entreprise : PLASTIQUES DU HAUT-BUGEY
SIREN : 732 829 320
SIRET (établissement) : 732 829 320 00074
Adresse retenue : 12 RUE DE LA PLASTURGIE 01100 OYONNAX
Commune : OYONNAX (01283)
Verdict : dans le Territoire d’industrie Plastics Vallée – Oyonnax (ti-8413)
Intercommunalité : CA Haut-Bugey Agglomération
Activité : 22.29A – Plasturgie
Attention : établissement fermé
Contacter un conseiller (Conseillers-Entreprises) : https://conseillers-entreprises.service-public.gouv.fr/?siret=73282932000074
Fiche sur l’annuaire des entreprises : https://annuaire-entreprises.data.gouv.fr/etablissement/73282932000074
Données : périmètre 2023-2027, communes au COG 2026 ; source : ANCT – Programme Territoires d'industrie, mise à jour du 04/07/2024
Date : 26/11/2026`,
    ],
    [
      'a commune unknown to the data: said so with the vintage, never "not in a territory"',
      {
        verdict: {
          status: 'unknown-commune',
          address: {...headOffice, communeCode: '97999', communeName: null},
          communeCode: '97999',
          vintage,
        },
        intercommunality: null,
      },
      'Verdict : commune inconnue des données (millésime COG 2026)',
    ],
    [
      'hostile text from the register stays plain text',
      {company: company({name: '<img src=x onerror=alert(1)>'})},
      'Entreprise : <img src=x onerror=alert(1)>',
    ],
  ];
  for (const [title, overrides, expected] of cases)
    it(title, () => {
      const summary = companySummary({...base, ...overrides});
      if (expected.includes('\n')) expect(summary).to.equal(expected);
      else expect(summary.split('\n')).to.include(expected);
    });

  it('never puts a register value that is no valid SIRET into a link', () => {
    const hostile = establishment({siret: '73282932000074&email=x@y.fr'});
    const summary = companySummary({
      ...base,
      verdict: {...inOyonnax, address: hostile},
    });
    expect(summary.split('\n')).to.include.members([
      'Contacter un conseiller (Conseillers-Entreprises) : https://conseillers-entreprises.service-public.gouv.fr/',
      'Fiche sur l’annuaire des entreprises : https://annuaire-entreprises.data.gouv.fr/entreprise/732829320',
    ]);
    const links = summary.split('\n').filter((l) => l.includes('https://'));
    expect(links.join('\n')).not.to.contain('email');
  });

  it('always carries the attribution and the date', () => {
    for (const lang of ['fr', 'en'] as const) {
      const summary = companySummary({...base, lang});
      expect(summary).to.contain("ANCT – Programme Territoires d'industrie");
      expect(summary).to.contain('26/11/2026');
    }
  });
});
