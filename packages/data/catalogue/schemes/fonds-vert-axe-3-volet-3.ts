import type {Scheme} from '../../src/catalogue/types.ts';
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
  kind: 'funding',
  operators: ['dge', 'prefectures', 'ademe'],
  amounts: [
    {
      type: 'envelope',
      euros: 100_000_000,
      period: '2024',
      confirmed: true,
      note: {
        fr: 'Enveloppe commune aux trois volets du fonds ; 63 M€ engagés en 2024.',
        en: 'Envelope shared by the three strands of the fund; 63 M€ committed in 2024.',
      },
    },
  ],
  dates: {
    note: {
      fr: 'Édition 2024 ; aucune date pour une édition 2025 ou ultérieure.',
      en: '2024 edition; no dates for a 2025 or later edition.',
    },
  },
  status: 'unconfirmed',
  statusNote: {
    fr: 'Le fonds a été ouvert en 2024 ; les sources ne confirment pas de nouvelle édition en 2025 ou après.',
    en: 'The fund was open in 2024; the sources do not confirm a new edition in 2025 or later.',
  },
  apply: {
    url: fundApplication.url,
    label: {
      fr: "Formulaire de dépôt sur Démarches simplifiées (édition 2024 ; vérifier qu'il accepte des dossiers)",
      en: 'Application form on Démarches simplifiées (2024 edition; check that it accepts applications)',
    },
  },
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
      {
        fr: "Entreprise non en difficulté (règles européennes d'aides d'État)",
        en: 'Company not in difficulty (EU state-aid rules)',
      },
    ],
  },
};
