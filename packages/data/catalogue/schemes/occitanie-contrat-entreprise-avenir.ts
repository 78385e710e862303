import type {Scheme} from '../../src/catalogue/types.ts';
import {occitanieCea, occitanieCeaFondsPublics} from '../sources-added.ts';

export const scheme: Scheme = {
  id: 'occitanie-contrat-entreprise-avenir',
  title: {
    fr: "Région Occitanie : Contrat Entreprise d'Avenir",
    en: "Occitanie Region: Contrat Entreprise d'Avenir",
  },
  summary: {
    fr: "Une subvention et/ou une avance remboursable de la Région Occitanie pour les projets structurants et créateurs d'emplois des entreprises de plus d'un an et jusqu'à 500 salariés, notamment industrielles. Montant non publié ; un site d'aides l'indique mobilisable jusqu'au 31 décembre 2025.",
    en: 'A grant and/or repayable advance from the Occitanie Region for structuring, job-creating projects of companies more than one year old and up to 500 staff, notably industrial ones. Amount not published; an aid website says it can be used until 31 December 2025.',
  },
  description: {
    fr: "Adopté en avril 2023, le Contrat Entreprise d'Avenir aide les entreprises régionales qui engagent des projets structurants et créateurs d'emplois, en soutenant de vrais changements de leur process de production ou de services. Il s'adresse aux entreprises de plus d'un an (un premier bilan) et jusqu'à 500 salariés (groupe consolidé) de l'industrie, de l'artisanat, du tourisme, des services aux entreprises et du commerce de gros de produits fabriqués en Occitanie, ainsi qu'à certaines associations. L'entreprise doit réaliser un autodiagnostic de ses impacts avec l'outil Impact Score et avoir son siège ou un établissement en Occitanie, où elle produit (une entreprise extérieure peut candidater pour y créer un site de production). Selon fonds-publics.fr, l'aide prend la forme d'une subvention et/ou d'une avance remboursable dont le montant varie selon la taille et la localisation de l'entreprise ; aucun montant n'est publié.",
    en: "Adopted in April 2023, the Contrat Entreprise d'Avenir helps regional companies that undertake structuring, job-creating projects, by supporting real changes to their production or service processes. It is for companies more than one year old (a first balance sheet) and up to 500 staff (consolidated group) in industry, crafts, tourism, business services and wholesale of goods made in Occitanie, and for some associations. The company must carry out a self-assessment of its impacts with the Impact Score tool and have its head office or an establishment in Occitanie, where it produces (a company from outside can apply to create a production site there). According to fonds-publics.fr, the aid is a grant and/or a repayable advance whose amount depends on the company's size and location; no amount is published.",
  },
  priorities: ['innovation', 'ecological-transition'],
  beneficiaries: ['company', 'association'],
  kind: 'funding',
  operators: ['regions'],
  amounts: [],
  dates: {
    note: {
      fr: "Adopté en avril 2023 ; un site d'aides indique le dispositif mobilisable jusqu'au 31 décembre 2025. La page de la Région ne donne pas de date de fin.",
      en: "Adopted in April 2023; an aid website says the scheme can be used until 31 December 2025. The Region's page gives no end date.",
    },
    sourceIds: [occitanieCea.id, occitanieCeaFondsPublics.id],
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "Nos deux sources ne sont pas datées ; la plus récente date qu'elles citent est la fin annoncée au 31 décembre 2025, déjà passée. Nous ne savons pas si le dispositif a été reconduit en 2026.",
    en: 'Our two sources are undated; the latest date they give is the announced end of 31 December 2025, already past. We do not know whether the scheme was renewed for 2026.',
  },
  statusSourceIds: [occitanieCeaFondsPublics.id, occitanieCea.id],
  reservedToTerritories: false,
  territoryScope: 'anywhere',
  regions: ['76'],
  scopeSourceIds: [occitanieCea.id],
  apply: {
    url: occitanieCea.url,
    label: {
      fr: 'Page du dispositif sur le site de la Région Occitanie',
      en: "The scheme's page on the Occitanie Region's site",
    },
  },
  sources: [occitanieCea, occitanieCeaFondsPublics],
  eligibility: {
    who: ['company', 'association'],
    companySizes: ['micro', 'sme', 'mid-cap'],
    projects: ['industrial-investment', 'decarbonisation', 'international'],
    sourceIds: [occitanieCea.id, occitanieCeaFondsPublics.id],
    checks: [
      {
        text: {
          fr: "Entreprise de plus d'un an (premier bilan) et jusqu'à 500 salariés, groupe consolidé",
          en: 'Company more than one year old (first balance sheet) and up to 500 staff, consolidated group',
        },
        sourceIds: [occitanieCea.id],
      },
      {
        text: {
          fr: "Autodiagnostic de ses impacts réalisé avec l'outil Impact Score",
          en: 'Self-assessment of its impacts with the Impact Score tool',
        },
        sourceIds: [occitanieCea.id],
      },
      {
        text: {
          fr: 'Siège ou établissement en Occitanie, avec une production sur place',
          en: 'Head office or establishment in Occitanie, with production there',
        },
        sourceIds: [occitanieCea.id],
      },
      {
        text: {
          fr: "Projet structurant et créateur d'emplois, qui change le process de production ou de services",
          en: 'Structuring, job-creating project that changes the production or service process',
        },
        sourceIds: [occitanieCea.id],
      },
      {
        text: {
          fr: "Entreprise non en difficulté (au sens des règles européennes d'aides d'État)",
          en: 'Company not in difficulty (as defined by EU state-aid rules)',
        },
        sourceIds: [occitanieCea.id],
      },
    ],
  },
};
