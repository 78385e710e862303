import type {Scheme} from '../../src/catalogue/types.ts';
import {bdtOperators} from '../sources.ts';

export const scheme: Scheme = {
  id: 'investissement-banque-des-territoires',
  title: {
    fr: 'Investissements de la Banque des Territoires : foncier, immobilier industriel, transition et formation',
    en: 'Banque des Territoires investment: land, industrial real estate, transition and training',
  },
  summary: {
    fr: 'La Banque des Territoires investit en fonds propres et prête aux aménageurs, SEM, SPL et porteurs de projets immobiliers industriels des territoires.',
    en: "Banque des Territoires invests equity in, and lends to, the territories' developers, SEMs, SPLs and industrial real estate projects.",
  },
  description: {
    fr: "La Banque des Territoires finance le foncier et l'immobilier industriels, la transition et la formation dans les Territoires d'industrie. Elle s'adresse aux aménageurs, aux sociétés d'économie mixte (SEM), aux sociétés publiques locales (SPL) et aux projets d'immobilier industriel. Depuis 2020, elle y a consacré plus d'un milliard d'euros (800 millions en fonds propres et 250 millions en prêts), dont 700 millions pour le foncier et l'immobilier, sites clés en main compris.",
    en: "Banque des Territoires finances industrial land and real estate, the transition and training in the Territoires d'industrie. It serves developers, semi-public companies (SEM), local public companies (SPL) and industrial real estate projects. Since 2020 it has committed more than one billion euros there (800 million in equity and 250 million in loans), including 700 million for land and real estate, ready-to-use sites included.",
  },
  priorities: [
    'industrial-land',
    'ecological-transition',
    'skills-recruitment',
  ],
  beneficiaries: ['developer'],
  kind: 'funding',
  operators: ['banque-des-territoires'],
  amounts: [
    {
      type: 'envelope',
      euros: 1_000_000_000,
      period: '2020+',
      confirmed: true,
      note: {
        fr: "Plus d'1 Md€ depuis 2020 : 800 M€ en fonds propres et 250 M€ en prêts, dont 700 M€ pour le foncier et l'immobilier (sites clés en main compris).",
        en: 'More than 1 bn€ since 2020: 800 M€ in equity and 250 M€ in loans, including 700 M€ for land and real estate (ready-to-use sites included).',
      },
    },
  ],
  dates: {
    note: {
      fr: 'Offre continue depuis 2020, sans appel à projets.',
      en: 'Ongoing offer since 2020, with no call for projects.',
    },
  },
  status: 'running',
  apply: {
    url: bdtOperators.url,
    label: {
      fr: 'Engagements de la Banque des Territoires et des opérateurs publics pour le programme',
      en: 'Commitments of Banque des Territoires and the public operators to the programme',
    },
  },
  sources: [bdtOperators],
  verifiedOn: '2026-11-26',
  eligibility: {
    who: ['developer'],
    place: 'in-territory',
    projects: [
      'industrial-real-estate',
      'land-brownfield',
      'decarbonisation',
      'skills-training',
    ],
    checks: [
      {
        fr: 'Aménageur, SEM, SPL ou porteur de projet immobilier industriel',
        en: 'Developer, SEM, SPL or industrial real estate project owner',
      },
      {
        fr: 'Projet examiné par la Banque des Territoires (investissement en fonds propres ou prêt)',
        en: 'Project assessed by Banque des Territoires (equity investment or loan)',
      },
    ],
  },
};
