import type {
  EligibilityCheck,
  Scheme,
  Source,
} from '../../src/catalogue/types.ts';
import {
  fondsVert2026,
  fondsVertRabote,
  fundApplication,
  fundGuide2024,
  fundInfogreffe,
  fundMissionTransition,
  fundOccitanie2026,
  fundResource,
  generalAssembly2025,
  senateDebate2025,
} from '../sources.ts';

/**
 * What the three strands of the Fonds vert axis "Territoires d'industrie en transition écologique" have in
 * common: one budget, one status, one application form and the pages that describe the whole axis. Spread
 * after `beneficiaries` so that the fields keep the order of a Scheme; each strand then states its own scope.
 */
export const fondsVertAxe3: Pick<
  Scheme,
  | 'kind'
  | 'operators'
  | 'amounts'
  | 'dates'
  | 'status'
  | 'statusNote'
  | 'statusSourceIds'
  | 'reservedToTerritories'
> = {
  kind: 'funding',
  // ADEME examines the files; the State's departmental services answer questions (2024 guide).
  operators: ['ademe', 'prefectures'],
  amounts: [
    {
      type: 'envelope',
      euros: 100_000_000,
      year: 2024,
      confirmed: true,
      note: {
        fr: 'Budget commun aux trois volets ; le ministre a indiqué au Sénat que 63 M€ avaient été consacrés en 2024 à des projets exemplaires pour la transition écologique.',
        en: 'Budget shared by the three strands; the minister told the Senate that 63 M€ had gone in 2024 to projects exemplary for the ecological transition.',
      },
      sourceIds: [fundGuide2024.id, senateDebate2025.id],
    },
    {
      type: 'envelope',
      euros: 52_000_000,
      year: 2025,
      confirmed: true,
      note: {
        fr: "Budget ramené à 52 M€ au lieu des 100 M€ promis, selon le compte rendu de l'assemblée générale du programme du 27 mai 2025.",
        en: "Budget cut to 52 M€ instead of the 100 M€ promised, according to the report of the programme's general assembly of 27 May 2025.",
      },
      sourceIds: [generalAssembly2025.id],
    },
    {
      type: 'envelope',
      year: 2026,
      confirmed: false,
      note: {
        fr: "Montant 2026 de l'axe non publié. Le Fonds vert dans son ensemble passe de 1,15 Md€ en 2025 à 650 M€ dans le budget 2026 présenté par le gouvernement, une coupe que le Sénat a maintenue en décembre 2025.",
        en: 'The 2026 amount of the axis is not published. The Fonds vert as a whole falls from 1.15 bn€ in 2025 to 650 M€ in the 2026 budget proposed by the government, a cut the Senate kept in December 2025.',
      },
      sourceIds: [fondsVert2026.id, fondsVertRabote.id],
    },
  ],
  dates: {
    note: {
      fr: 'Axe ouvert depuis 2024 ; des projets ont été retenus en 2024 et en 2025. Aucune date publiée pour 2026.',
      en: 'Axis open since 2024; projects were selected in 2024 and in 2025. No dates published for 2026.',
    },
    sourceIds: [fundResource.id, fundOccitanie2026.id],
  },
  status: 'unconfirmed',
  statusNote: {
    fr: 'Les éditions 2024 et 2025 ont eu lieu (22 projets retenus en Occitanie sur ces deux années). Notre source la plus récente date de janvier 2026 : aucune ne confirme une édition 2026, alors que le Fonds vert est fortement réduit pour 2026.',
    en: 'The 2024 and 2025 editions took place (22 projects selected in Occitanie over those two years). Our newest source dates from January 2026: none confirms a 2026 edition, while the Fonds vert is sharply cut for 2026.',
  },
  statusSourceIds: [
    fundOccitanie2026.id,
    generalAssembly2025.id,
    fondsVert2026.id,
  ],
  reservedToTerritories: true,
};

export const fondsVertAxe3Apply: Scheme['apply'] = {
  url: fundApplication.url,
  label: {
    fr: "Formulaire de demande sur Démarches simplifiées (vérifier qu'il accepte des dossiers en 2026)",
    en: 'Application form on Démarches simplifiées (check that it accepts applications in 2026)',
  },
};

/** The pages about the whole axis; a strand adds the ones about itself. */
export const fondsVertAxe3Sources: Source[] = [
  fundApplication,
  fundGuide2024,
  fundResource,
  fundInfogreffe,
  fundMissionTransition,
  senateDebate2025,
  generalAssembly2025,
  fundOccitanie2026,
  fondsVert2026,
  fondsVertRabote,
];

/** Asked of the companies, the main applicants (the sources say nothing of the others). */
export const generalInterest: EligibilityCheck = {
  text: {
    fr: "Projet d'intérêt général manifeste, notamment pour la revitalisation économique ou la transition écologique (projets portés par une entreprise)",
    en: 'Project of clear general interest, notably for economic revitalisation or the ecological transition (projects led by a company)',
  },
  sourceIds: [fundInfogreffe.id],
};
