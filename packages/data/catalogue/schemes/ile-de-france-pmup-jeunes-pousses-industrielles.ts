import type {Scheme} from '../../src/catalogue/types.ts';
import {
  idfPlan2023,
  idfPmupLesAides,
  idfPmupPage,
  idfPmupReopening2023,
} from '../sources-added.ts';

export const scheme: Scheme = {
  id: 'ile-de-france-pmup-jeunes-pousses-industrielles',
  title: {
    fr: "Région Île-de-France : PM'up Jeunes pousses industrielles",
    en: "Île-de-France Region: PM'up Jeunes pousses industrielles",
  },
  summary: {
    fr: "Une subvention de la Région Île-de-France, jusqu'à 1 M€ par projet (1,2 M€ en zone de reconquête économique), pour les PME de moins de 250 salariés qui implantent leur première usine tournée vers la décarbonation, l'efficacité énergétique et la circularité. Dernier appel connu : jusqu'à fin février, sans doute 2024.",
    en: 'An Île-de-France Region grant, up to 1 M€ per project (1.2 M€ in an economic recovery zone), for SMEs with fewer than 250 staff setting up their first plant geared to decarbonisation, energy efficiency and circularity. Last known call: until the end of February, probably 2024.',
  },
  description: {
    fr: "PM'up Jeunes pousses industrielles soutient l'implantation d'une première usine : une première unité de production après le prototypage, une ligne pilote (dans l'entreprise ou chez un tiers en Île-de-France) dont la production va aux premières ventes, ou le passage d'une unité pilote à une unité industrielle. Le projet doit suivre une stratégie de décarbonation, d'efficacité énergétique et de production circulaire. La Région accorde une subvention plafonnée à 1 000 000 € par projet, exceptionnellement 1 200 000 € en zone de reconquête économique, qui ne peut dépasser 50 % des dépenses éligibles. Selon les-aides.fr, ces dépenses comprennent les investissements matériels et immatériels, le conseil extérieur lié et jusqu'à trois recrutements en CDI sur des fonctions nouvelles. Lors de l'annonce des premiers lauréats, en octobre 2023, 8 M€ de subventions leur étaient destinés.",
    en: "PM'up Jeunes pousses industrielles supports setting up a first plant: a first production unit after prototyping, a pilot line (in the company or at a third party in Île-de-France) whose output goes to first sales, or turning a pilot unit into an industrial unit. The project must follow a strategy of decarbonisation, energy efficiency and circular production. The Region grants a subsidy capped at 1,000,000 € per project, exceptionally 1,200,000 € in an economic recovery zone, which cannot exceed 50 % of eligible costs. According to les-aides.fr, these costs include tangible and intangible investment, related outside advice and up to three permanent hires in new roles. When the first laureates were announced, in October 2023, 8 M€ of grants were earmarked for them.",
  },
  priorities: ['ecological-transition', 'innovation'],
  beneficiaries: ['company', 'association'],
  kind: 'funding',
  operators: ['regions'],
  amounts: [
    {
      type: 'ceiling',
      ceiling: 1_000_000,
      unit: {fr: 'par projet', en: 'per project'},
      confirmed: false,
      note: {
        fr: "Plafond de la page officielle, qui n'est pas datée ; à confirmer pour un nouvel appel.",
        en: 'Ceiling from the official page, which is undated; to be confirmed for a new call.',
      },
      sourceIds: [idfPmupPage.id],
    },
    {
      type: 'ceiling',
      ceiling: 1_200_000,
      unit: {
        fr: 'par projet en zone de reconquête économique',
        en: 'per project in an economic recovery zone',
      },
      confirmed: false,
      note: {
        fr: 'Plafond relevé à titre exceptionnel ; page officielle non datée.',
        en: 'Ceiling raised as an exception; official page undated.',
      },
      sourceIds: [idfPmupPage.id],
    },
    {
      type: 'rate',
      rate: 0.5,
      upTo: true,
      of: {fr: 'des dépenses éligibles', en: 'of eligible costs'},
      confirmed: false,
      note: {
        fr: "Taux maximal de la page officielle (non datée), qui ajoute une limite dont le détail n'est pas repris ici.",
        en: 'Maximum rate from the official page (undated), which adds a limit not detailed here.',
      },
      sourceIds: [idfPmupPage.id],
    },
    {
      type: 'envelope',
      euros: 8_000_000,
      confirmed: false,
      note: {
        fr: "Subventions destinées aux lauréats de la première promotion (annonce d'octobre 2023).",
        en: 'Grants for the laureates of the first cohort (announced in October 2023).',
      },
      sourceIds: [idfPlan2023.id],
    },
  ],
  dates: {
    note: {
      fr: "Appel rouvert à l'automne 2023 jusqu'à fin février (la page l'écrit « 29 février 2023 », année incohérente avec sa publication d'octobre 2023 : sans doute février 2024). Aucun appel ultérieur trouvé.",
      en: 'Call reopened in autumn 2023 until the end of February (the page prints "29 February 2023", a year inconsistent with its October 2023 publication: probably February 2024). No later call found.',
    },
    sourceIds: [idfPmupReopening2023.id],
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "Notre source la plus récente date du 27 octobre 2023 : elle annonçait la réouverture de l'appel jusqu'à fin février (année imprimée incohérente, sans doute 2024). La page officielle n'est pas datée et ne donne pas de date limite ; nous ne savons pas si un appel est ouvert aujourd'hui.",
    en: 'Our newest source dates from 27 October 2023: it announced the call reopened until the end of February (printed year inconsistent, probably 2024). The official page is undated and gives no deadline; we do not know whether a call is open today.',
  },
  statusSourceIds: [idfPmupReopening2023.id, idfPmupPage.id],
  reservedToTerritories: false,
  territoryScope: 'anywhere',
  regions: ['11'],
  scopeSourceIds: [idfPmupPage.id],
  apply: {
    url: idfPmupPage.url,
    label: {
      fr: 'Page du dispositif sur le site de la Région Île-de-France',
      en: "The scheme's page on the Île-de-France Region's site",
    },
  },
  sources: [idfPmupPage, idfPmupLesAides, idfPmupReopening2023, idfPlan2023],
  eligibility: {
    who: ['company', 'association'],
    companySizes: ['micro', 'sme'],
    projects: ['industrial-investment', 'decarbonisation', 'circular-economy'],
    sourceIds: [idfPmupPage.id],
    checks: [
      {
        text: {
          fr: "Première usine : première unité de production après prototypage, ligne pilote destinée aux premières ventes, ou passage du pilote à l'unité industrielle",
          en: 'First plant: first production unit after prototyping, pilot line for first sales, or moving from pilot to industrial unit',
        },
        sourceIds: [idfPmupPage.id],
      },
      {
        text: {
          fr: "Stratégie de décarbonation, d'efficacité énergétique et de production circulaire",
          en: 'Strategy of decarbonisation, energy efficiency and circular production',
        },
        sourceIds: [idfPmupPage.id],
      },
      {
        text: {
          fr: "PME de moins de 250 salariés, chiffre d'affaires jusqu'à 50 M€ et/ou bilan jusqu'à 43 M€ ; associations ayant une activité économique admises",
          en: 'SME with fewer than 250 staff, turnover up to 50 M€ and/or balance sheet up to 43 M€; associations with an economic activity accepted',
        },
        sourceIds: [idfPmupPage.id],
      },
      {
        text: {
          fr: 'Au moins un établissement en Île-de-France, ou une ouverture prévue',
          en: 'At least one establishment in Île-de-France, or one planned',
        },
        sourceIds: [idfPmupPage.id, idfPmupLesAides.id],
      },
    ],
  },
};
