import type {Scheme} from '../../src/catalogue/types.ts';
import {vteVertGazette} from '../sources-added.ts';
import {
  vteCapMetiers,
  vteExperts2023,
  vteVertFondsPublics,
  vteVertPuyDeDome,
  vteApply,
} from '../sources.ts';

export const scheme: Scheme = {
  id: 'vte-vert',
  title: {
    fr: 'VTE Vert (volontariat territorial en entreprise « vert »)',
    en: 'VTE Vert ("green" company-based territorial volunteering)',
  },
  summary: {
    fr: "Une aide de Bpifrance, annoncée comme opérationnelle jusqu'en 2024, de 12 000 € pour recruter un jeune diplômé ou un alternant sur une mission de transition écologique, en CDI ou en CDD (8 000 € en cas de cumul avec l'aide à l'alternance). Elle n'est pas réservée aux Territoires d'industrie.",
    en: "A Bpifrance grant, announced as running until 2024, of 12,000 € to hire a young graduate or a work-study student on an ecological transition assignment, on a permanent or fixed-term contract (8,000 € when combined with the work-study aid). It is not reserved to the Territoires d'industrie.",
  },
  description: {
    fr: "Le VTE Vert aide les TPE, PME et ETI à confier à un jeune une mission qui fait avancer la transition écologique et énergétique de l'entreprise. Financée par le ministère du Travail et l'ADEME, l'aide est versée par Bpifrance : 12 000 € pour un CDI ou un CDD, 8 000 € si elle se cumule avec l'aide à l'alternance. Une seule aide est accordée par entreprise, comptée par établissement (SIRET). Elle s'ajoute à l'aide VTE Territoires d'industrie de 4 000 €, dans la limite du plafond européen de minimis. Le dispositif était annoncé comme opérationnel jusqu'en 2024 ; aucune source ne confirme qu'il continue.",
    en: "VTE Vert helps very small businesses, SMEs and mid-caps give a young person an assignment that advances the company's ecological and energy transition. Funded by the Ministry of Labour and ADEME, the grant is paid by Bpifrance: 12,000 € for a permanent or fixed-term contract, 8,000 € when combined with the work-study aid. Only one grant is given per company, counted per establishment (SIRET). It adds to the 4,000 € VTE Territoires d'industrie grant, within the EU de minimis ceiling. The scheme was announced as running until 2024; no source confirms that it continues.",
  },
  priorities: ['skills-recruitment', 'ecological-transition'],
  beneficiaries: ['company', 'young-graduate'],
  kind: 'recruitment',
  operators: ['bpifrance'],
  amounts: [
    {
      type: 'per-unit',
      euros: 12_000,
      unit: {
        fr: 'pour un recrutement en CDI ou en CDD',
        en: 'for a permanent or fixed-term hire',
      },
      confirmed: false,
      note: {
        fr: "Montant publié de 2021 à 2022 ; une aide par entreprise. Une source de 2023 présente le VTE Vert comme une aide « jusqu'à 8 000 € », pour un total jusqu'à 12 000 € avec le VTE Territoires d'industrie.",
        en: 'Amount published from 2021 to 2022; one grant per company. A 2023 source describes VTE Vert as a grant "up to 8,000 €", for a total of up to 12,000 € with VTE Territoires d\'industrie.',
      },
      sourceIds: [
        vteCapMetiers.id,
        vteVertFondsPublics.id,
        vteVertPuyDeDome.id,
        vteExperts2023.id,
      ],
    },
    {
      type: 'per-unit',
      euros: 8_000,
      unit: {
        fr: "pour un recrutement cumulé avec l'aide à l'alternance",
        en: 'for a hire combined with the work-study aid',
      },
      confirmed: false,
      note: {
        fr: 'Montant publié en décembre 2021.',
        en: 'Amount published in December 2021.',
      },
      sourceIds: [vteCapMetiers.id],
    },
  ],
  dates: {
    note: {
      fr: "Annoncé comme opérationnel jusqu'en 2024 ; aucune date ultérieure publiée.",
      en: 'Announced as running until 2024; no later dates published.',
    },
    sourceIds: [vteVertGazette.id],
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "Notre source la plus récente date d'octobre 2023 ; une autre annonçait le dispositif jusqu'en 2024. Aucune source ne confirme que le VTE Vert et son aide continuent après 2024.",
    en: 'Our newest source dates from October 2023; another announced the scheme until 2024. No source confirms that VTE Vert and its grant continue after 2024.',
  },
  statusSourceIds: [vteVertGazette.id, vteExperts2023.id],
  reservedToTerritories: false,
  territoryScope: 'anywhere',
  scopeSourceIds: [vteVertPuyDeDome.id, vteVertFondsPublics.id],
  apply: vteApply,
  sources: [
    vteCapMetiers,
    vteVertFondsPublics,
    vteVertPuyDeDome,
    vteVertGazette,
    vteExperts2023,
  ],
  eligibility: {
    who: ['company'],
    companySizes: ['micro', 'sme', 'mid-cap'],
    projects: ['hiring', 'decarbonisation'],
    sourceIds: [vteVertPuyDeDome.id, vteVertFondsPublics.id],
    checks: [
      {
        text: {
          fr: 'Jeune diplômé depuis moins de 2 ans ou alternant, à partir de bac+2 ou bac+3 selon les sources',
          en: 'Graduate of less than 2 years or work-study student, from two or three years of higher education depending on the source',
        },
        sourceIds: [vteVertPuyDeDome.id, vteCapMetiers.id],
      },
      {
        text: {
          fr: "Mission qui engage la transition écologique et énergétique de l'entreprise (le secteur de l'entreprise ne compte pas)",
          en: "Assignment that drives the company's ecological and energy transition (the company's sector does not matter)",
        },
        sourceIds: [vteCapMetiers.id, vteVertFondsPublics.id],
      },
      {
        text: {
          fr: "Une seule aide par entreprise, comptée par établissement (SIRET) ; cumul avec le VTE Territoires d'industrie dans la limite du plafond de minimis",
          en: "One grant per company, counted per establishment (SIRET); can be combined with VTE Territoires d'industrie within the de minimis ceiling",
        },
        sourceIds: [vteCapMetiers.id, vteVertFondsPublics.id],
      },
    ],
  },
};
