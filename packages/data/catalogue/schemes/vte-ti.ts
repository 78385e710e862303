import type {Scheme} from '../../src/catalogue/types.ts';
import {bdtVte, bpifranceVte, vteSite} from '../sources.ts';

export const scheme: Scheme = {
  id: 'vte-ti',
  title: {
    fr: "VTE Territoires d'industrie (volontariat territorial en entreprise)",
    en: "VTE Territoires d'industrie (company-based territorial volunteering)",
  },
  summary: {
    fr: "Une aide de 4 000 € par recrutement (montant connu jusqu'en 2023) pour les PME et ETI d'un Territoire d'industrie qui confient un poste à responsabilité à un étudiant ou un jeune diplômé.",
    en: "A 4,000 € grant per hire (amount known up to 2023) for SMEs and mid-caps in a Territoire d'industrie that give a student or young graduate a position of responsibility.",
  },
  description: {
    fr: "Le VTE Territoires d'industrie, labellisé par Bpifrance avec l'ANCT et la Banque des Territoires, aide les PME et ETI situées dans un Territoire d'industrie à recruter un étudiant ou un jeune diplômé (bac+2 ou bac+3, diplômé depuis moins de deux ans) sur un poste à responsabilité. L'entreprise reçoit 4 000 euros par VTE, cumulables avec le « VTE Vert » jusqu'à 8 000 euros. Les sources décrivent le dispositif jusqu'en 2023 ; sa poursuite après 2023 n'est pas confirmée.",
    en: 'VTE Territoires d\'industrie, a Bpifrance label run with ANCT and Banque des Territoires, helps SMEs and mid-caps located in a Territoire d\'industrie hire a student or young graduate (two or three years of higher education, degree obtained less than two years ago) in a position of responsibility. The company receives 4,000 euros per VTE, which can be combined with the "VTE Vert" up to 8,000 euros. The sources describe the scheme up to 2023; its continuation after 2023 is not confirmed.',
  },
  priorities: ['skills-recruitment'],
  beneficiaries: ['company', 'young-graduate'],
  kind: 'recruitment',
  operators: ['bpifrance', 'anct', 'banque-des-territoires'],
  amounts: [
    {
      type: 'per-unit',
      euros: 4_000,
      unit: {fr: 'par VTE recruté', en: 'per VTE hire'},
      confirmed: false,
      note: {
        fr: "Cumulable avec le « VTE Vert » jusqu'à 8 000 € par VTE ; montant en vigueur jusqu'en 2023, poursuite non confirmée.",
        en: 'Can be combined with the "VTE Vert" up to 8,000 € per VTE; amount in force up to 2023, continuation not confirmed.',
      },
    },
  ],
  dates: {
    note: {
      fr: "Dispositif documenté jusqu'en 2023 ; aucune date ultérieure publiée.",
      en: 'Scheme documented up to 2023; no later dates published.',
    },
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "Les sources décrivent le VTE Territoires d'industrie jusqu'en 2023 ; sa poursuite et le montant de l'aide après 2023 ne sont pas confirmés.",
    en: "The sources describe VTE Territoires d'industrie up to 2023; its continuation and the amount of the grant after 2023 are not confirmed.",
  },
  apply: {
    url: vteSite,
    label: {
      fr: 'Site officiel du volontariat territorial en entreprise (vte-france.fr)',
      en: 'Official site of company-based territorial volunteering (vte-france.fr)',
    },
  },
  sources: [bdtVte, bpifranceVte],
  verifiedOn: '2026-11-26',
  eligibility: {
    who: ['company'],
    place: 'in-territory',
    companySizes: ['sme', 'mid-cap'],
    projects: ['hiring'],
    estimate: 'per-hire',
    checks: [
      {
        fr: 'Étudiant ou jeune diplômé bac+2/bac+3 depuis moins de 2 ans',
        en: 'Student or young graduate with two or three years of higher education, degree obtained less than 2 years ago',
      },
      {
        fr: "CDD ou CDI d'au moins 1 an, ou alternance d'au moins 10 mois",
        en: 'Fixed-term or permanent contract of at least 1 year, or work-study contract of at least 10 months',
      },
      {
        fr: 'Poste à responsabilité',
        en: 'Position of responsibility',
      },
    ],
  },
};
