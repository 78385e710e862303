import type {Scheme} from '../../src/catalogue/types.ts';
import {bdtBillion2020, bdtOperators, cdcMobilized} from '../sources.ts';

export const scheme: Scheme = {
  id: 'investissement-banque-des-territoires',
  title: {
    fr: "Investissements de la Banque des Territoires dans l'aménagement et l'immobilier industriels",
    en: 'Banque des Territoires investment in industrial development and real estate',
  },
  summary: {
    fr: "La Banque des Territoires investit en fonds propres et prête sur fonds d'épargne pour l'aménagement et l'immobilier industriels ; ses derniers montants publiés datent de 2020.",
    en: 'Banque des Territoires invests equity and lends from savings funds for industrial development and real estate; its latest published amounts date from 2020.',
  },
  description: {
    fr: "En 2019, la Banque des Territoires s'était engagée à investir en fonds propres 100 millions d'euros par an jusqu'en 2022 dans les projets des Territoires d'industrie. En décembre 2020, elle annonçait avoir mobilisé plus d'un milliard d'euros pour l'aménagement et l'attractivité industrielle des territoires, dans le cadre du programme : 800 millions en fonds propres et 250 millions en prêts sur fonds d'épargne, dont 700 millions déjà engagés dans l'immobilier et l'aménagement industriels. L'annonce de 2020 porte sur les territoires en général, sans réserver ces investissements aux Territoires d'industrie, et aucun montant n'a été publié pour la phase 2.",
    en: "In 2019, Banque des Territoires committed to invest 100 million euros of equity a year until 2022 in the projects of the Territoires d'industrie. In December 2020, it announced having mobilised over one billion euros for the industrial development and attractiveness of territories, as part of the programme: 800 million in equity and 250 million in loans from savings funds, of which 700 million already committed to industrial real estate and development. The 2020 announcement concerns territories in general, without reserving this investment to the Territoires d'industrie, and no amount has been published for phase 2.",
  },
  priorities: ['industrial-land'],
  beneficiaries: ['developer'],
  kind: 'funding',
  operators: ['banque-des-territoires'],
  amounts: [
    {
      type: 'envelope',
      euros: 1_000_000_000,
      confirmed: false,
      note: {
        fr: "Plus d'1 Md€ annoncé en décembre 2020 (phase 1) : 800 M€ en fonds propres et 250 M€ en prêts sur fonds d'épargne.",
        en: 'Over 1 bn€ announced in December 2020 (phase 1): 800 M€ in equity and 250 M€ in loans from savings funds.',
      },
      sourceIds: [bdtBillion2020.id],
    },
  ],
  dates: {
    note: {
      fr: 'Montants annoncés en 2019 et en décembre 2020 (phase 1) ; aucun montant ni aucune date publiés pour la phase 2.',
      en: 'Amounts announced in 2019 and in December 2020 (phase 1); no amounts or dates published for phase 2.',
    },
    sourceIds: [bdtOperators.id, bdtBillion2020.id],
  },
  status: 'unconfirmed',
  statusNote: {
    fr: 'Notre source la plus récente date de décembre 2020 (phase 1) : ces montants ne sont pas confirmés pour la phase 2.',
    en: 'Our newest source dates from December 2020 (phase 1): these amounts are not confirmed for phase 2.',
  },
  statusSourceIds: [bdtBillion2020.id, bdtOperators.id],
  reservedToTerritories: false,
  territoryScope: 'anywhere',
  scopeSourceIds: [bdtBillion2020.id],
  apply: {
    url: bdtBillion2020.url,
    label: {
      fr: "Annonce de décembre 2020 relayée par Picardie La Gazette ; vérifier l'offre actuelle auprès de la Banque des Territoires",
      en: 'The December 2020 announcement reported by Picardie La Gazette; check the current offer with Banque des Territoires',
    },
  },
  sources: [bdtBillion2020, bdtOperators, cdcMobilized],
  eligibility: {
    who: ['developer'],
    projects: ['industrial-real-estate', 'land-brownfield'],
    sourceIds: [bdtBillion2020.id],
    checks: [
      {
        text: {
          fr: "Projet d'immobilier ou d'aménagement industriel",
          en: 'Industrial real estate or development project',
        },
        sourceIds: [bdtBillion2020.id],
      },
      {
        text: {
          fr: "Financement examiné par la Banque des Territoires (fonds propres ou prêt sur fonds d'épargne)",
          en: 'Financing assessed by Banque des Territoires (equity or loan from savings funds)',
        },
        sourceIds: [bdtBillion2020.id],
      },
    ],
  },
};
