import type {Scheme} from '../../src/catalogue/types.ts';
import {
  companyNotInDifficulty,
  territoryGovernanceAgreement,
} from '../checks.ts';
import {
  fondsVertAxe3,
  fondsVertAxe3Apply,
  fondsVertAxe3Sources,
  generalInterest,
} from '../shared/fonds-vert-axe-3.ts';
import {
  fundApplication,
  fundInfogreffe,
  fundMissionTransition,
  fundResource,
} from '../sources.ts';

export const scheme: Scheme = {
  id: 'fonds-vert-axe-3-volet-1',
  title: {
    fr: "Fonds Territoires d'industrie, volet 1 : investissements industriels pour la transition",
    en: "Territoires d'industrie fund, strand 1: industrial investment for the transition",
  },
  summary: {
    fr: "Subvention de l'État aux entreprises industrielles d'un Territoire d'industrie pour des investissements structurants et ambitieux sur le plan environnemental.",
    en: "State grant for industrial companies in a Territoire d'industrie, for structuring investment with high environmental ambition.",
  },
  description: {
    fr: "Premier volet, le principal, de l'axe du Fonds vert « Territoires d'industrie en transition écologique », ouvert en 2024 : il soutient les investissements industriels structurants et ambitieux pour l'environnement, par exemple en décarbonation ou en gestion des ressources. Il s'adresse aux entreprises industrielles de toute taille situées dans un Territoire d'industrie, avec l'accord de la gouvernance du territoire ; l'investissement ne doit pas avoir commencé au moment de la demande. L'ADEME examine le dossier, en trois mois en moyenne. Doté de 100 millions d'euros en 2024, l'axe a vu son budget ramené à 52 millions en 2025 ; son montant pour 2026 n'est pas publié.",
    en: "First and main strand of the Fonds vert axis \"Territoires d'industrie en transition écologique\", open since 2024: it supports structuring industrial investment with high environmental ambition, for example in decarbonisation or resource management. It is for industrial companies of any size located in a Territoire d'industrie, with the agreement of the territory's governance; the investment must not have started when applying. ADEME examines the file, in three months on average. Endowed with 100 million euros in 2024, the axis saw its budget cut to 52 million in 2025; its amount for 2026 is not published.",
  },
  priorities: ['ecological-transition'],
  beneficiaries: ['company'],
  ...fondsVertAxe3,
  territoryScope: 'all-territories',
  scopeSourceIds: [fundMissionTransition.id, fundResource.id],
  apply: fondsVertAxe3Apply,
  sources: fondsVertAxe3Sources,
  eligibility: {
    who: ['company'],
    sectors: ['industry'],
    projects: ['industrial-investment', 'decarbonisation', 'circular-economy'],
    investmentNotStarted: true,
    sourceIds: [
      fundMissionTransition.id,
      fundInfogreffe.id,
      fundApplication.id,
    ],
    checks: [
      {
        text: {
          fr: 'Investissement industriel structurant et ambitieux sur le plan environnemental',
          en: 'Structuring industrial investment with high environmental ambition',
        },
        sourceIds: [fundApplication.id, fundResource.id],
      },
      territoryGovernanceAgreement,
      generalInterest,
      companyNotInDifficulty,
    ],
  },
};
