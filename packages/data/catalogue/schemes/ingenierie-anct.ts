import type {Scheme} from '../../src/catalogue/types.ts';
import {
  gouvernement183,
  senateDebate2025,
  senateReport2024,
} from '../sources.ts';

export const scheme: Scheme = {
  id: 'ingenierie-anct',
  title: {
    fr: "Missions d'ingénierie financées par l'ANCT",
    en: 'Engineering missions funded by ANCT',
  },
  summary: {
    fr: "L'ANCT finance des missions d'ingénierie pour les Territoires d'industrie sur ses propres crédits.",
    en: "ANCT funds engineering missions for the Territoires d'industrie from its own budget.",
  },
  description: {
    fr: "En phase 2, l'État finance de l'ingénierie pour les Territoires d'industrie par les crédits du FNADT et de l'ANCT. Selon le ministre de l'Industrie, 2 millions d'euros de crédits de l'ANCT avaient permis de réaliser 17 missions d'ingénierie au 14 janvier 2025. Les sources ne précisent ni le contenu type des missions ni la façon de les demander.",
    en: "In phase 2, the State funds engineering for the Territoires d'industrie through FNADT and ANCT funds. According to the minister for industry, 2 million euros of ANCT funds had paid for 17 engineering missions by 14 January 2025. The sources specify neither what a mission typically covers nor how to request one.",
  },
  priorities: [
    'ecological-transition',
    'innovation',
    'skills-recruitment',
    'industrial-land',
  ],
  beneficiaries: ['local-authority'],
  kind: 'engineering',
  operators: ['anct'],
  amounts: [
    {
      type: 'envelope',
      euros: 2_000_000,
      confirmed: true,
      note: {
        fr: "Crédits de l'ANCT qui avaient financé 17 missions au 14 janvier 2025, selon le ministre au Sénat.",
        en: 'ANCT funds that had paid for 17 missions by 14 January 2025, according to the minister in the Senate.',
      },
      sourceIds: [senateDebate2025.id],
    },
  ],
  dates: {
    note: {
      fr: 'Offre de la phase 2 du programme (2023-2027), sans appel à projets publié ; dernier bilan connu : janvier 2025.',
      en: "Offer of the programme's phase 2 (2023-2027), with no published call for projects; latest known update: January 2025.",
    },
    sourceIds: [gouvernement183.id, senateDebate2025.id],
  },
  status: 'running',
  statusSourceIds: [senateDebate2025.id, senateReport2024.id],
  reservedToTerritories: true,
  territoryScope: 'all-territories',
  scopeSourceIds: [senateReport2024.id, senateDebate2025.id],
  apply: {
    url: gouvernement183.url,
    label: {
      fr: 'Présentation de la phase 2 du programme sur gouvernement.fr ; contacter le chef de projet du territoire',
      en: "The programme's phase 2 on gouvernement.fr; contact the territory's project lead",
    },
  },
  sources: [senateDebate2025, senateReport2024, gouvernement183],
  eligibility: {
    who: ['local-authority'],
    projects: ['studies'],
    sourceIds: [senateReport2024.id, senateDebate2025.id],
    checks: [],
  },
};
