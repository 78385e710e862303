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
  id: 'fonds-vert-axe-3-volet-2',
  title: {
    fr: "Fonds Territoires d'industrie, volet 2 : investissements dans les compétences",
    en: "Territoires d'industrie fund, strand 2: investment in skills",
  },
  summary: {
    fr: "Subvention de l'État pour investir dans les compétences de la transition écologique : écoles de production, centres de formation, plateaux techniques.",
    en: 'State grant for investment in the skills of the ecological transition: production schools, training centres, technical platforms.',
  },
  description: {
    fr: "Deuxième volet, auxiliaire, de l'axe du Fonds vert « Territoires d'industrie en transition écologique », ouvert en 2024 : il finance les investissements qui développent les compétences nécessaires aux filières industrielles de la transition écologique, comme une école de production, un centre de formation ou un plateau technique. Outre les entreprises, il est ouvert aux groupements d'employeurs, associations, établissements de formation et collectivités d'un Territoire d'industrie. L'investissement ne doit pas avoir commencé au moment de la demande ; l'ADEME examine le dossier. Doté de 100 millions d'euros en 2024 pour les trois volets, l'axe a vu son budget ramené à 52 millions en 2025 ; son montant pour 2026 n'est pas publié.",
    en: "Second, auxiliary strand of the Fonds vert axis \"Territoires d'industrie en transition écologique\", open since 2024: it funds investment that develops the skills the ecological transition's industrial value chains need, such as a production school, a training centre or a technical platform. Besides companies, it is open to employer groups, associations, training bodies and local authorities of a Territoire d'industrie. The investment must not have started when applying; ADEME examines the file. Endowed with 100 million euros in 2024 for the three strands, the axis saw its budget cut to 52 million in 2025; its amount for 2026 is not published.",
  },
  priorities: ['skills-recruitment'],
  beneficiaries: [
    'company',
    'employer-group',
    'association',
    'training-body',
    'local-authority',
  ],
  ...fondsVertAxe3,
  territoryScope: 'all-territories',
  scopeSourceIds: [fundMissionTransition.id, fundResource.id],
  apply: fondsVertAxe3Apply,
  sources: fondsVertAxe3Sources,
  eligibility: {
    who: [
      'company',
      'employer-group',
      'association',
      'training-body',
      'local-authority',
    ],
    projects: ['skills-training'],
    investmentNotStarted: true,
    sourceIds: [
      fundInfogreffe.id,
      fundApplication.id,
      fundMissionTransition.id,
    ],
    checks: [
      {
        text: {
          fr: 'Investissement dans les compétences de la transition écologique (école de production, centre de formation, plateau technique…)',
          en: 'Investment in the skills of the ecological transition (production school, training centre, technical platform…)',
        },
        sourceIds: [fundApplication.id],
      },
      territoryGovernanceAgreement,
      generalInterest,
      companyNotInDifficulty,
    ],
  },
};
