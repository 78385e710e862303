import type {Scheme} from '../../src/catalogue/types.ts';
import {anctProgramme, petrPhase2, senateDebate2025} from '../sources.ts';

export const scheme: Scheme = {
  id: 'chef-de-projet',
  title: {
    fr: "Poste de chef(fe) de projet Territoires d'industrie cofinancé",
    en: "Co-financed Territoires d'industrie project lead post",
  },
  summary: {
    fr: "L'État cofinance, via l'ANCT, le poste de chef(fe) de projet qui anime le programme dans chaque territoire.",
    en: 'Through ANCT, the State co-finances the project lead post that runs the programme in each territory.',
  },
  description: {
    fr: "Chaque territoire doit disposer d'un(e) chef(fe) de projet pendant la phase 2 ; l'État cofinance ce poste par l'intermédiaire de l'ANCT (crédits du FNADT). Le cofinancement est versé à la collectivité qui porte le territoire, en général un EPCI ou un PETR. Selon le ministre, 153 postes et 6,7 millions d'euros avaient été mobilisés au 14 janvier 2025. Le taux et le plafond du cofinancement ne sont pas confirmés par les sources.",
    en: 'Every territory must have a project lead during phase 2; the State co-finances the post through ANCT (FNADT funds). The co-financing goes to the local authority leading the territory, usually an EPCI or a PETR. According to the minister, 153 posts and 6.7 million euros had been mobilised by 14 January 2025. The rate and ceiling of the co-financing are not confirmed by the sources.',
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
      period: 'phase 2',
      confirmed: true,
      note: {
        fr: 'Montant mobilisé au 14 janvier 2025 pour 153 postes, selon le ministre au Sénat ; taux et plafond par poste non confirmés.',
        en: 'Amount mobilised by 14 January 2025 for 153 posts, according to the minister in the Senate; rate and ceiling per post not confirmed.',
      },
    },
  ],
  dates: {
    note: {
      fr: 'Poste obligatoire pendant la phase 2 du programme (2023-2027).',
      en: 'Post mandatory during phase 2 of the programme (2023-2027).',
    },
  },
  status: 'unconfirmed',
  statusNote: {
    fr: 'Le poste est obligatoire et cofinancé en phase 2, mais le taux et le plafond du cofinancement ne sont pas publiés dans les sources, dont le dernier bilan date de janvier 2025.',
    en: 'The post is mandatory and co-financed in phase 2, but the rate and ceiling of the co-financing are not published in the sources, whose latest update dates from January 2025.',
  },
  apply: {
    url: anctProgramme.url,
    label: {
      fr: "Présentation du programme sur le site de l'ANCT, qui cofinance le poste",
      en: "The programme's page on the website of ANCT, which co-finances the post",
    },
  },
  sources: [senateDebate2025, petrPhase2],
  verifiedOn: '2026-11-26',
  eligibility: {
    who: ['local-authority'],
    place: 'in-territory',
    projects: ['territory-project-lead'],
    checks: [
      {
        fr: 'Collectivité qui porte le territoire (EPCI ou PETR)',
        en: 'Local authority leading the territory (EPCI or PETR)',
      },
      {
        fr: "Poste de chef(fe) de projet consacré au programme Territoires d'industrie",
        en: "Project lead post dedicated to the Territoires d'industrie programme",
      },
    ],
  },
};
