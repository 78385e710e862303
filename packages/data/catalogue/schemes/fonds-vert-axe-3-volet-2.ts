import type {Scheme} from '../../src/catalogue/types.ts';
import {territoryGovernanceAgreement} from '../checks.ts';
import {fondsVertAxe3} from '../shared/fonds-vert-axe-3.ts';
import {fundApplication, fundResource} from '../sources.ts';

export const scheme: Scheme = {
  id: 'fonds-vert-axe-3-volet-2',
  title: {
    fr: "Fonds Territoires d'industrie, volet 2 : investissements dans les compétences",
    en: "Territoires d'industrie fund, strand 2: investment in skills",
  },
  summary: {
    fr: "Aide de l'État pour investir dans les compétences : écoles de production, centres de formation, plateaux techniques.",
    en: 'State funding for investment in skills: production schools, training centres, technical platforms.',
  },
  description: {
    fr: "Deuxième volet du fonds de 100 millions d'euros ouvert en 2024 dans l'axe 3 du Fonds vert : il finance les investissements dans les compétences, comme les écoles de production, les centres de formation ou les plateaux techniques. Outre les entreprises, il est ouvert aux groupements d'employeurs, associations, organismes de formation et collectivités situés dans un Territoire d'industrie, avec l'accord de la gouvernance du territoire. 63 millions d'euros ont été engagés en 2024 ; une édition 2025 ou ultérieure n'est pas confirmée.",
    en: "Second strand of the 100 million euro fund opened in 2024 under axis 3 of the Fonds vert: it funds investment in skills, such as production schools, training centres or technical platforms. Besides companies, it is open to employer groups, associations, training bodies and local authorities located in a Territoire d'industrie, with the agreement of the territory's governance. 63 million euros were committed in 2024; a 2025 or later edition is not confirmed.",
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
  sources: [fundApplication, fundResource],
  verifiedOn: '2026-11-26',
  eligibility: {
    who: [
      'company',
      'employer-group',
      'association',
      'training-body',
      'local-authority',
    ],
    place: 'in-territory',
    projects: ['skills-training'],
    checks: [
      territoryGovernanceAgreement,
      {
        fr: 'Investissement dans les compétences (école de production, centre de formation, plateau technique)',
        en: 'Investment in skills (production school, training centre, technical platform)',
      },
      {
        fr: "Pour une entreprise : entreprise non en difficulté (règles européennes d'aides d'État)",
        en: 'For a company: company not in difficulty (EU state-aid rules)',
      },
    ],
  },
};
