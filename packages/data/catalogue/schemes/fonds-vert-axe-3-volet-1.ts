import type {Scheme} from '../../src/catalogue/types.ts';
import {
  companyNotInDifficulty,
  territoryGovernanceAgreement,
} from '../checks.ts';
import {fondsVertAxe3} from '../shared/fonds-vert-axe-3.ts';
import {fundApplication, fundInfogreffe, fundResource} from '../sources.ts';

export const scheme: Scheme = {
  id: 'fonds-vert-axe-3-volet-1',
  title: {
    fr: "Fonds Territoires d'industrie, volet 1 : investissements industriels pour la transition",
    en: "Territoires d'industrie fund, strand 1: industrial investment for the transition",
  },
  summary: {
    fr: "Aide de l'État aux entreprises des territoires pour des investissements industriels structurants au service de la transition écologique.",
    en: 'State funding for companies in the territories for structuring industrial investment serving the ecological transition.',
  },
  description: {
    fr: "Premier volet du fonds de 100 millions d'euros ouvert en 2024 dans l'axe 3 du Fonds vert, « Territoires d'industrie en transition écologique » : il soutient les investissements industriels structurants pour la transition. Il s'adresse surtout aux entreprises situées dans un Territoire d'industrie, avec l'accord de la gouvernance du territoire ; l'ADEME vérifie l'éligibilité des entreprises et les règles européennes d'aides d'État s'appliquent. 63 millions d'euros ont été engagés en 2024 ; une édition 2025 ou ultérieure n'est pas confirmée.",
    en: "First strand of the 100 million euro fund opened in 2024 under axis 3 of the Fonds vert, \"Territoires d'industrie en transition écologique\": it supports structuring industrial investment for the transition. It is mainly for companies located in a Territoire d'industrie, with the agreement of the territory's governance; ADEME checks company eligibility and EU state-aid rules apply. 63 million euros were committed in 2024; a 2025 or later edition is not confirmed.",
  },
  priorities: ['ecological-transition'],
  beneficiaries: ['company'],
  ...fondsVertAxe3,
  sources: [fundApplication, fundResource, fundInfogreffe],
  verifiedOn: '2026-11-26',
  eligibility: {
    who: ['company'],
    place: 'in-territory',
    projects: ['industrial-investment', 'decarbonisation', 'circular-economy'],
    checks: [
      territoryGovernanceAgreement,
      companyNotInDifficulty,
      {
        fr: "Éligibilité de l'entreprise vérifiée par l'ADEME",
        en: 'Company eligibility checked by ADEME',
      },
      {
        fr: 'Investissement industriel structurant pour la transition écologique',
        en: 'Structuring industrial investment for the ecological transition',
      },
    ],
  },
};
