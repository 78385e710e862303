import type {Scheme} from '../../src/catalogue/types.ts';
import {
  adnImpulsion,
  adnImpulsionBtob,
  impulsionLesAides2022,
  normandieImpulsion,
} from '../sources-added.ts';

export const scheme: Scheme = {
  id: 'normandie-impulsion-developpement',
  title: {
    fr: 'Région Normandie : Impulsion Développement (prêt à taux zéro)',
    en: 'Normandie Region: Impulsion Développement (interest-free loan)',
  },
  summary: {
    fr: "Un prêt à taux zéro de la Région Normandie, versé par l'AD Normandie, jusqu'à 25 % des investissements éligibles (35 % pour un projet très créateur d'emplois), plafonné à 1 M€, pour les entreprises, notamment industrielles, qui créent, développent ou diversifient un établissement en Normandie.",
    en: 'An interest-free loan from the Normandie Region, paid through AD Normandie, up to 25 % of eligible investment (35 % for a project creating many jobs), capped at 1 M€, for companies, notably industrial ones, that create, develop or diversify an establishment in Normandie.',
  },
  description: {
    fr: "Impulsion Développement finance les programmes d'investissements corporels, et à titre secondaire incorporels (logiciels), liés à la création, au développement ou à la diversification d'un établissement normand, ainsi qu'à la reprise d'entreprise. Le programme doit atteindre au moins 150 000 € HT ; le foncier et l'immobilier sont exclus. L'aide est un prêt à taux zéro, sans garantie, dont le taux est modulé selon l'impact du projet sur le territoire, la taille de l'entreprise et sa localisation : au plus 25 % des dépenses éligibles, jusqu'à 35 % pour la création d'au moins 30 emplois nets en CDI (au moins à mi-temps) ou une hausse d'au moins 50 % de l'effectif en CDI. Une part limitée à 10 % de l'aide peut être versée en subvention. L'aide est plafonnée au niveau des fonds propres et quasi-fonds propres de l'entreprise et à 1 M€. Sont visées les entreprises de toute taille, notamment de l'industrie, des services à l'industrie et des activités manufacturières.",
    en: "Impulsion Développement funds programmes of tangible investment, and secondarily intangible investment (software), linked to creating, developing or diversifying an establishment in Normandie, and to taking over a company. The programme must reach at least 150,000 € excluding VAT; land and buildings are excluded. The aid is an interest-free loan, without guarantee, whose rate depends on the project's impact on the territory, the company's size and its location: at most 25 % of eligible costs, up to 35 % for creating at least 30 net permanent jobs (at least half-time) or raising permanent staff by at least 50 %. A share limited to 10 % of the aid can be paid as a grant. The aid is capped at the level of the company's equity and quasi-equity and at 1 M€. Companies of any size are targeted, notably in industry, services to industry and manufacturing.",
  },
  priorities: ['innovation'],
  beneficiaries: ['company'],
  kind: 'funding',
  operators: ['regions'],
  amounts: [
    {
      type: 'rate',
      rate: 0.25,
      upTo: true,
      ceiling: 1_000_000,
      of: {
        fr: 'des dépenses éligibles, en prêt à taux zéro',
        en: 'of eligible costs, as an interest-free loan',
      },
      confirmed: false,
      note: {
        fr: "Également plafonné au niveau des fonds propres et quasi-fonds propres ; pages de l'AD Normandie non datées.",
        en: "Also capped at the level of equity and quasi-equity; AD Normandie's pages are undated.",
      },
      sourceIds: [adnImpulsion.id, adnImpulsionBtob.id],
    },
    {
      type: 'rate',
      rate: 0.35,
      upTo: true,
      ceiling: 1_000_000,
      of: {
        fr: "des dépenses éligibles pour un projet très créateur d'emplois",
        en: 'of eligible costs for a project creating many jobs',
      },
      confirmed: false,
      note: {
        fr: "Création d'au moins 30 emplois nets en CDI (au moins à mi-temps) ou hausse d'au moins 50 % de l'effectif en CDI.",
        en: 'Creation of at least 30 net permanent jobs (at least half-time) or a rise of at least 50 % in permanent staff.',
      },
      sourceIds: [adnImpulsion.id, adnImpulsionBtob.id],
    },
  ],
  dates: {
    note: {
      fr: "Dispositif permanent sans date limite publiée ; les pages de l'AD Normandie et de la Région ne sont pas datées.",
      en: 'Permanent scheme with no published deadline; the AD Normandie and Region pages are undated.',
    },
    sourceIds: [adnImpulsion.id, normandieImpulsion.id],
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "Notre source datée la plus récente date du 22 avril 2022 ; les pages de l'AD Normandie et de la Région présentent le dispositif sans date. Les conditions actuelles sont à confirmer auprès de l'AD Normandie.",
    en: 'Our newest dated source dates from 22 April 2022; the AD Normandie and Region pages present the scheme without a date. Current terms are to be confirmed with AD Normandie.',
  },
  statusSourceIds: [
    adnImpulsion.id,
    normandieImpulsion.id,
    impulsionLesAides2022.id,
  ],
  reservedToTerritories: false,
  territoryScope: 'anywhere',
  regions: ['28'],
  scopeSourceIds: [normandieImpulsion.id],
  apply: {
    url: adnImpulsion.url,
    label: {
      fr: "Page du dispositif sur le site de l'AD Normandie",
      en: "The scheme's page on AD Normandie's site",
    },
  },
  sources: [
    adnImpulsion,
    adnImpulsionBtob,
    normandieImpulsion,
    impulsionLesAides2022,
  ],
  eligibility: {
    who: ['company'],
    projects: ['industrial-investment'],
    sourceIds: [adnImpulsion.id, normandieImpulsion.id],
    checks: [
      {
        text: {
          fr: "Programme d'au moins 150 000 € HT d'investissements corporels (hors foncier et immobilier), et incorporels à titre secondaire",
          en: 'Programme of at least 150,000 € excluding VAT of tangible investment (excluding land and buildings), and secondarily intangible',
        },
        sourceIds: [adnImpulsion.id],
      },
      {
        text: {
          fr: 'Au moins un établissement en Normandie, inscrit au RCS ou au répertoire des métiers',
          en: 'At least one establishment in Normandie, registered with the trade or crafts register',
        },
        sourceIds: [normandieImpulsion.id],
      },
      {
        text: {
          fr: "Situation financière saine, obligations fiscales et sociales à jour ; majorité du chiffre d'affaires réalisée avec des professionnels (sauf activité nationale ou internationale)",
          en: 'Sound finances, tax and social obligations up to date; most turnover made with businesses (unless the activity is national or international)',
        },
        sourceIds: [normandieImpulsion.id],
      },
    ],
  },
};
