import type {Scheme} from '../../src/catalogue/types.ts';
import {
  bdtVte,
  vteCapMetiers,
  vteDossierFamilial,
  vteExperts2023,
  vteVertFondsPublics,
  vteApply,
} from '../sources.ts';

export const scheme: Scheme = {
  id: 'vte-ti',
  title: {
    fr: "VTE Territoires d'industrie (volontariat territorial en entreprise)",
    en: "VTE Territoires d'industrie (company-based territorial volunteering)",
  },
  summary: {
    fr: "Une aide de 4 000 € par recrutement, documentée jusqu'en 2023, pour les PME et ETI d'un Territoire d'industrie qui confient un poste à responsabilité à un étudiant ou un jeune diplômé (bac+2 à bac+5).",
    en: "A 4,000 € grant per hire, documented up to 2023, for SMEs and mid-caps in a Territoire d'industrie that give a student or young graduate (two to five years of higher education) a position of responsibility.",
  },
  description: {
    fr: "Le VTE Territoires d'industrie, label lancé par Bpifrance en 2019 et rejoint par l'ANCT et la Banque des Territoires, aide les PME et ETI situées dans un Territoire d'industrie à recruter un étudiant en alternance ou un jeune diplômé depuis moins de deux ans, de bac+2 à bac+5, sur un poste à responsabilité. L'entreprise reçoit 4 000 euros par recrutement. Le « VTE Vert » est une autre aide de Bpifrance qui s'y ajoute (voir sa fiche). Nos sources datent au plus tard d'octobre 2023 : la poursuite de l'aide n'est pas confirmée.",
    en: "VTE Territoires d'industrie, a label launched by Bpifrance in 2019 and joined by ANCT and Banque des Territoires, helps SMEs and mid-caps located in a Territoire d'industrie hire a work-study student or a young graduate (degree under two years old, two to five years of higher education) in a position of responsibility. The company receives 4,000 euros per hire. The \"VTE Vert\" is another Bpifrance grant that adds to it (see its entry). Our newest source dates from October 2023: the grant's continuation is not confirmed.",
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
        fr: "Montant publié jusqu'en 2023 ; s'ajoute au VTE Vert dans la limite du plafond de minimis.",
        en: 'Amount published up to 2023; adds to the VTE Vert within the de minimis ceiling.',
      },
      sourceIds: [vteExperts2023.id, vteVertFondsPublics.id],
    },
  ],
  dates: {
    note: {
      fr: "Dispositif documenté jusqu'en octobre 2023 ; aucune date ultérieure publiée.",
      en: 'Scheme documented up to October 2023; no later dates published.',
    },
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "Notre source la plus récente date d'octobre 2023 : la poursuite du VTE Territoires d'industrie et de son aide n'est pas confirmée.",
    en: "Our newest source dates from October 2023: the continuation of VTE Territoires d'industrie and of its grant is not confirmed.",
  },
  statusSourceIds: [vteExperts2023.id, bdtVte.id],
  reservedToTerritories: true,
  territoryScope: 'all-territories',
  scopeSourceIds: [bdtVte.id, vteVertFondsPublics.id],
  apply: vteApply,
  sources: [
    vteExperts2023,
    bdtVte,
    vteDossierFamilial,
    vteCapMetiers,
    vteVertFondsPublics,
  ],
  eligibility: {
    who: ['company'],
    companySizes: ['sme', 'mid-cap'],
    projects: ['hiring'],
    estimate: 'per-hire',
    sourceIds: [bdtVte.id, vteCapMetiers.id],
    checks: [
      {
        text: {
          fr: 'Étudiant en alternance ou jeune diplômé depuis moins de 2 ans, de bac+2 à bac+5',
          en: 'Work-study student or graduate of less than 2 years, two to five years of higher education',
        },
        sourceIds: [vteDossierFamilial.id, vteCapMetiers.id],
      },
      {
        text: {
          fr: 'Poste à responsabilité',
          en: 'Position of responsibility',
        },
        sourceIds: [bdtVte.id],
      },
    ],
  },
};
