import type {Scheme} from '../../src/catalogue/types.ts';
import {bdtAcceleration} from '../sources.ts';

export const scheme: Scheme = {
  id: 'etudes-banque-des-territoires',
  title: {
    fr: 'Cofinancement des études par la Banque des Territoires',
    en: 'Study co-financing by Banque des Territoires',
  },
  summary: {
    fr: 'La Banque des Territoires cofinance les études dont les collectivités des territoires ont besoin pour préparer leurs projets.',
    en: "Banque des Territoires co-finances the studies that the territories' local authorities need to prepare their projects.",
  },
  description: {
    fr: "Dans le cadre de l'offre d'ingénierie du programme, la Banque des Territoires prend en charge une partie du coût des études des collectivités (diagnostics, études techniques, plans de financement). Elle les a cofinancées jusqu'à 70 % pendant la phase 1 et annonce « jusqu'à 50 % » dans ses autres contrats. Le taux applicable en phase 2 n'est pas précisé par les sources.",
    en: 'As part of the programme\'s engineering offer, Banque des Territoires covers part of the cost of local authorities\' studies (diagnoses, technical studies, financing plans). It co-financed them up to 70% during phase 1 and states "up to 50%" in its other contracts. The rate that applies in phase 2 is not specified by the sources.',
  },
  priorities: [
    'ecological-transition',
    'innovation',
    'skills-recruitment',
    'industrial-land',
  ],
  beneficiaries: ['local-authority'],
  kind: 'engineering',
  operators: ['banque-des-territoires'],
  amounts: [
    {
      type: 'rate',
      rate: 0.5,
      upTo: true,
      of: {fr: "le coût de l'étude", en: 'the cost of the study'},
      confirmed: false,
      note: {
        fr: "Taux annoncé dans les autres contrats de la Banque des Territoires ; jusqu'à 70 % en phase 1 du programme. Taux de la phase 2 non précisé.",
        en: "Rate stated in Banque des Territoires' other contracts; up to 70% in phase 1 of the programme. Phase 2 rate not specified.",
      },
    },
  ],
  dates: {
    note: {
      fr: 'Offre continue, sans appel à projets.',
      en: 'Ongoing offer, with no call for projects.',
    },
  },
  status: 'running',
  apply: {
    url: bdtAcceleration.url,
    label: {
      fr: "Présentation de l'offre sur le site de la Banque des Territoires",
      en: 'The offer on the Banque des Territoires website',
    },
  },
  sources: [bdtAcceleration],
  verifiedOn: '2026-11-26',
  eligibility: {
    who: ['local-authority'],
    place: 'in-territory',
    projects: ['studies'],
    checks: [
      {
        fr: "Étude liée à un projet du territoire dans l'une des quatre priorités",
        en: 'Study linked to a project of the territory under one of the four priorities',
      },
      {
        fr: 'Taux de cofinancement à confirmer avec la Banque des Territoires',
        en: 'Co-financing rate to be confirmed with Banque des Territoires',
      },
    ],
  },
};
