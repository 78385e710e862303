import type {Scheme} from '../../src/catalogue/types.ts';
import {
  gazetteZan,
  gouvernement183,
  petrPhase2,
  senateAmendment2025,
  senateDebate2025,
  senateReport2024,
} from '../sources.ts';

export const scheme: Scheme = {
  id: 'chef-de-projet',
  title: {
    fr: "Poste de chef(fe) de projet Territoires d'industrie cofinancé",
    en: "Co-financed Territoires d'industrie project lead post",
  },
  summary: {
    fr: "L'État cofinance le poste de chef(fe) de projet qui anime le programme dans chaque Territoire d'industrie.",
    en: "The State co-finances the project lead post that runs the programme in each Territoire d'industrie.",
  },
  description: {
    fr: "Depuis la phase 2 (2023-2027), chaque Territoire d'industrie doit disposer d'un(e) chef(fe) de projet dédié(e) au programme, et l'État cofinance ce poste sur les crédits du FNADT et de l'ANCT. Selon le ministre de l'Industrie, 153 chefs de projet étaient en fonction ou en cours de recrutement au 14 janvier 2025, pour 6,7 millions d'euros de financements mobilisés. Le taux du cofinancement n'est pas publié. Le financement de 2026 n'est pas assuré : un amendement déposé au Sénat le 10 décembre 2025 demandait 2 millions d'euros pour ces postes.",
    en: "Since phase 2 (2023-2027), every Territoire d'industrie must have a project lead dedicated to the programme, and the State co-finances the post from FNADT and ANCT funds. According to the minister for industry, 153 project leads were in post or being recruited on 14 January 2025, for 6.7 million euros of funding mobilised. The co-financing rate is not published. The 2026 funding is not secured: an amendment tabled in the Senate on 10 December 2025 asked for 2 million euros for these posts.",
  },
  priorities: [
    'ecological-transition',
    'innovation',
    'skills-recruitment',
    'industrial-land',
  ],
  beneficiaries: ['local-authority'],
  kind: 'funding',
  operators: ['anct'],
  amounts: [
    {
      type: 'envelope',
      euros: 6_700_000,
      confirmed: true,
      note: {
        fr: 'Financements mobilisés au 14 janvier 2025 pour 153 postes, selon le ministre au Sénat ; taux de cofinancement non publié.',
        en: 'Funding mobilised by 14 January 2025 for 153 posts, according to the minister in the Senate; co-financing rate not published.',
      },
      sourceIds: [senateDebate2025.id],
    },
  ],
  dates: {
    note: {
      fr: "Poste prévu pour la phase 2, jusqu'en 2027. Financement 2026 incertain : un amendement sénatorial du 10 décembre 2025 demandait 2 M€ pour ces postes, sans que son sort soit connu.",
      en: 'Post planned for phase 2, until 2027. 2026 funding uncertain: a Senate amendment of 10 December 2025 asked for 2 M€ for these posts; its outcome is not known.',
    },
    sourceIds: [gouvernement183.id, senateAmendment2025.id],
  },
  status: 'running',
  statusSourceIds: [senateDebate2025.id, senateAmendment2025.id],
  reservedToTerritories: true,
  territoryScope: 'all-territories',
  scopeSourceIds: [gazetteZan.id, petrPhase2.id],
  apply: {
    url: gouvernement183.url,
    label: {
      fr: 'Présentation de la phase 2 du programme sur gouvernement.fr',
      en: "The programme's phase 2 on gouvernement.fr",
    },
  },
  sources: [
    senateDebate2025,
    senateAmendment2025,
    senateReport2024,
    gazetteZan,
    petrPhase2,
    gouvernement183,
  ],
  eligibility: {
    who: ['local-authority'],
    projects: ['territory-project-lead'],
    sourceIds: [gazetteZan.id, petrPhase2.id, senateReport2024.id],
    checks: [
      {
        text: {
          fr: "Poste de chef(fe) de projet consacré au programme Territoires d'industrie",
          en: "Project lead post dedicated to the Territoires d'industrie programme",
        },
        sourceIds: [gazetteZan.id, petrPhase2.id],
      },
    ],
  },
};
