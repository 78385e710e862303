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
  fundClubster,
  fundInfogreffe,
  fundMissionTransition,
} from '../sources.ts';

export const scheme: Scheme = {
  id: 'fonds-vert-axe-3-volet-3',
  title: {
    fr: "Fonds Territoires d'industrie, volet 3 : volet exceptionnel « rebond industriel »",
    en: 'Territoires d\'industrie fund, strand 3: exceptional "rebond industriel" strand',
  },
  summary: {
    fr: 'Volet exceptionnel du fonds pour les projets qui aident à redynamiser un territoire « rebond industriel ».',
    en: 'Exceptional strand of the fund for projects that help revive a "rebond industriel" territory.',
  },
  description: {
    fr: "Troisième volet, exceptionnel, de l'axe du Fonds vert « Territoires d'industrie en transition écologique », ouvert en 2024 : il finance des projets du même type que les volets 1 et 2 (investissements industriels ou dans les compétences) lorsqu'ils contribuent à redynamiser un territoire « rebond industriel ». Les règles de l'axe s'appliquent : accord de la gouvernance du territoire pour les entreprises, investissement non commencé au moment de la demande, dossier examiné par l'ADEME. Les sources ne nomment pas les territoires concernés. Doté de 100 millions d'euros en 2024 pour les trois volets, l'axe a vu son budget ramené à 52 millions en 2025 ; son montant pour 2026 n'est pas publié.",
    en: 'Third, exceptional strand of the Fonds vert axis "Territoires d\'industrie en transition écologique", open since 2024: it funds projects of the same kind as strands 1 and 2 (industrial or skills investment) when they help revive a "rebond industriel" territory. The axis\'s rules apply: agreement of the territory\'s governance for companies, investment not started when applying, file examined by ADEME. The sources do not name the territories concerned. Endowed with 100 million euros in 2024 for the three strands, the axis saw its budget cut to 52 million in 2025; its amount for 2026 is not published.',
  },
  priorities: ['ecological-transition'],
  // Projects "as defined in strands 1 and 2": the applicants of both strands.
  beneficiaries: [
    'company',
    'employer-group',
    'association',
    'training-body',
    'local-authority',
  ],
  ...fondsVertAxe3,
  territoryScope: 'selected-territories',
  scopeSourceIds: [fundClubster.id, fundMissionTransition.id],
  apply: fondsVertAxe3Apply,
  sources: [...fondsVertAxe3Sources, fundClubster],
  eligibility: {
    who: [
      'company',
      'employer-group',
      'association',
      'training-body',
      'local-authority',
    ],
    projects: [
      'industrial-investment',
      'decarbonisation',
      'circular-economy',
      'skills-training',
    ],
    investmentNotStarted: true,
    sourceIds: [fundClubster.id, fundInfogreffe.id, fundMissionTransition.id],
    checks: [
      {
        text: {
          fr: 'Projet qui contribue à redynamiser un territoire « rebond industriel »',
          en: 'Project that helps revive a "rebond industriel" territory',
        },
        sourceIds: [fundClubster.id],
      },
      territoryGovernanceAgreement,
      generalInterest,
      companyNotInDifficulty,
    ],
  },
};
