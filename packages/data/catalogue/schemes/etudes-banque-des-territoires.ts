import type {Scheme} from '../../src/catalogue/types.ts';
import {bdtAcceleration, cdcMobilized} from '../sources.ts';

export const scheme: Scheme = {
  id: 'etudes-banque-des-territoires',
  title: {
    fr: "Cofinancement des études d'ingénierie par la Banque des Territoires",
    en: 'Engineering study co-financing by Banque des Territoires',
  },
  summary: {
    fr: "La Banque des Territoires s'est engagée en 2019 à cofinancer jusqu'à 50 % des études d'ingénierie des projets des Territoires d'industrie.",
    en: "In 2019, Banque des Territoires committed to co-finance up to 50% of the engineering studies of the Territoires d'industrie's projects.",
  },
  description: {
    fr: "Lors du lancement du programme, en mars 2019, la Banque des Territoires a annoncé une enveloppe pour cofinancer jusqu'à 50 % les études d'ingénierie des projets des Territoires d'industrie. Cet engagement date de la phase 1 : nos sources ne disent pas s'il se poursuit en phase 2 (2023-2027), ni à quel taux.",
    en: "When the programme was launched, in March 2019, Banque des Territoires announced an envelope to co-finance up to 50% of the engineering studies of the Territoires d'industrie's projects. This commitment dates from phase 1: our sources do not say whether it continues in phase 2 (2023-2027), nor at what rate.",
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
      of: {
        fr: "du coût des études d'ingénierie du projet",
        en: "of the cost of the project's engineering studies",
      },
      confirmed: false,
      note: {
        fr: 'Taux annoncé en 2019 pour la phase 1 ; non confirmé pour la phase 2.',
        en: 'Rate announced in 2019 for phase 1; not confirmed for phase 2.',
      },
      sourceIds: [cdcMobilized.id, bdtAcceleration.id],
    },
  ],
  dates: {
    note: {
      fr: 'Engagement annoncé en mars 2019 (phase 1) ; aucune date publiée pour la phase 2.',
      en: 'Commitment announced in March 2019 (phase 1); no dates published for phase 2.',
    },
    sourceIds: [cdcMobilized.id],
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "Notre source la plus récente date de 2019 (phase 1) : la poursuite de ce cofinancement en phase 2 n'est pas confirmée.",
    en: 'Our newest source dates from 2019 (phase 1): the continuation of this co-financing in phase 2 is not confirmed.',
  },
  statusSourceIds: [bdtAcceleration.id, cdcMobilized.id],
  reservedToTerritories: true,
  territoryScope: 'all-territories',
  scopeSourceIds: [cdcMobilized.id, bdtAcceleration.id],
  apply: {
    url: bdtAcceleration.url,
    label: {
      fr: "Annonce de 2019 sur le site de la Banque des Territoires (phase 1) ; vérifier l'offre actuelle auprès d'elle",
      en: 'The 2019 announcement on the Banque des Territoires website (phase 1); check the current offer with it',
    },
  },
  sources: [cdcMobilized, bdtAcceleration],
  eligibility: {
    who: ['local-authority'],
    projects: ['studies'],
    sourceIds: [cdcMobilized.id],
    checks: [
      {
        text: {
          fr: "Étude d'ingénierie liée à un projet du Territoire d'industrie",
          en: "Engineering study linked to a project of the Territoire d'industrie",
        },
        sourceIds: [cdcMobilized.id],
      },
      {
        text: {
          fr: 'Taux de cofinancement actuel à confirmer avec la Banque des Territoires',
          en: 'Current co-financing rate to be confirmed with Banque des Territoires',
        },
        sourceIds: [bdtAcceleration.id],
      },
    ],
  },
};
