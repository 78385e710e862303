import type {Scheme} from '../../src/catalogue/types.ts';
import {companyNotInDifficulty} from '../checks.ts';
import {fondsVertAxe3} from '../shared/fonds-vert-axe-3.ts';
import {fundApplication, fundResource} from '../sources.ts';

export const scheme: Scheme = {
  id: 'fonds-vert-axe-3-volet-3',
  title: {
    fr: "Fonds Territoires d'industrie, volet 3 : volet exceptionnel « rebond industriel »",
    en: 'Territoires d\'industrie fund, strand 3: exceptional "rebond industriel" strand',
  },
  summary: {
    fr: "Volet exceptionnel du fonds réservé aux territoires en « rebond industriel », c'est-à-dire touchés par un choc industriel.",
    en: 'Exceptional strand of the fund reserved for "rebond industriel" territories, that is, territories hit by an industrial shock.',
  },
  description: {
    fr: "Troisième volet, exceptionnel, du fonds de 100 millions d'euros ouvert en 2024 dans l'axe 3 du Fonds vert : il concerne les territoires retenus au titre du « rebond industriel ». Les règles du fonds s'appliquent : entreprises surtout, accord de la gouvernance du territoire, éligibilité vérifiée par l'ADEME et règles européennes d'aides d'État. Les sources ne détaillent pas les projets financés par ce volet ; une édition 2025 ou ultérieure n'est pas confirmée.",
    en: 'Third, exceptional strand of the 100 million euro fund opened in 2024 under axis 3 of the Fonds vert: it concerns the territories selected for "rebond industriel". The fund\'s rules apply: mainly companies, agreement of the territory\'s governance, eligibility checked by ADEME and EU state-aid rules. The sources do not detail the projects this strand funds; a 2025 or later edition is not confirmed.',
  },
  priorities: ['ecological-transition'],
  beneficiaries: ['company'],
  ...fondsVertAxe3,
  sources: [fundApplication, fundResource],
  verifiedOn: '2026-11-26',
  eligibility: {
    who: ['company'],
    place: 'selected-territories',
    projects: ['industrial-investment'],
    checks: [
      {
        fr: 'Territoire retenu au titre du « rebond industriel »',
        en: 'Territory selected for "rebond industriel"',
      },
      {
        fr: 'Accord de la gouvernance du territoire',
        en: "Agreement of the territory's governance",
      },
      companyNotInDifficulty,
    ],
  },
};
