import type {Scheme} from '../../src/catalogue/types.ts';
import {hdfFeder2026} from '../sources-added.ts';

export const scheme: Scheme = {
  id: 'hauts-de-france-feder-pme-industrielles',
  title: {
    fr: 'Région Hauts-de-France : appels à projets FEDER pour les PME industrielles',
    en: 'Hauts-de-France Region: ERDF calls for projects for industrial SMEs',
  },
  summary: {
    fr: 'Des appels à projets de la Région Hauts-de-France, financés par les fonds européens FEDER, pour les investissements productifs des PME industrielles. Après un premier appel en 2025 (24 projets, 12,2 M€), deux nouveaux appels ouverts à toute la région ont été annoncés en février 2026.',
    en: 'Calls for projects by the Hauts-de-France Region, funded by the European ERDF, for productive investment by industrial SMEs. After a first call in 2025 (24 projects, 12.2 M€), two new calls open to the whole region were announced in February 2026.',
  },
  description: {
    fr: "La Région Hauts-de-France gère le programme régional FEDER-FSE+-FTJ 2021-2027 et s'en sert pour aider les PME à adapter leur outil de production. Un premier appel à projets, lancé en 2025 dans l'Aisne, l'Oise et la Somme, a soutenu 24 projets de PME pour 12,2 millions d'euros. La Région annonce deux nouveaux appels FEDER, ouverts à tout le territoire régional et ciblés sur des filières industrielles stratégiques ; le premier vise la filière « ferroviaire et mécanique industrielle ». Ils soutiennent la montée en charge industrielle, l'efficacité énergétique, la compétitivité et la création d'emplois durables. Le taux d'aide, le plafond par projet et les dates limites ne figurent pas dans notre source.",
    en: 'The Hauts-de-France Region manages the 2021-2027 regional ERDF-ESF+-JTF programme and uses it to help SMEs adapt their production tools. A first call for projects, launched in 2025 in the Aisne, Oise and Somme departments, supported 24 SME projects for 12.2 million euros. The Region announces two new ERDF calls, open to the whole region and aimed at strategic industrial sectors; the first targets the "rail and industrial mechanics" sector. They support industrial ramp-up, energy efficiency, competitiveness and lasting job creation. The aid rate, the ceiling per project and the deadlines are not in our source.',
  },
  priorities: ['ecological-transition', 'innovation'],
  beneficiaries: ['company'],
  kind: 'funding',
  operators: ['regions'],
  amounts: [
    {
      type: 'envelope',
      euros: 12_200_000,
      year: 2025,
      confirmed: false,
      note: {
        fr: "Montant mobilisé pour les 24 projets du premier appel (Aisne, Oise, Somme) ; le budget des deux nouveaux appels n'est pas publié.",
        en: 'Amount used for the 24 projects of the first call (Aisne, Oise, Somme); the budget of the two new calls is not published.',
      },
      sourceIds: [hdfFeder2026.id],
    },
  ],
  dates: {
    note: {
      fr: 'Premier appel lancé en 2025 ; deux nouveaux appels annoncés sur la page mise à jour le 6 février 2026, sans date limite publiée.',
      en: 'First call launched in 2025; two new calls announced on the page updated on 6 February 2026, with no deadline published.',
    },
    sourceIds: [hdfFeder2026.id],
  },
  status: 'unconfirmed',
  statusNote: {
    fr: "Notre source la plus récente date du 6 février 2026 : elle annonce deux nouveaux appels sans en donner les dates. Nous ne savons pas s'ils sont ouverts aujourd'hui.",
    en: 'Our newest source dates from 6 February 2026: it announces two new calls without giving their dates. We do not know whether they are open today.',
  },
  statusSourceIds: [hdfFeder2026.id],
  reservedToTerritories: false,
  territoryScope: 'anywhere',
  regions: ['32'],
  scopeSourceIds: [hdfFeder2026.id],
  apply: {
    url: hdfFeder2026.url,
    label: {
      fr: 'Page de la Région Hauts-de-France sur ces appels à projets',
      en: "The Hauts-de-France Region's page on these calls for projects",
    },
  },
  sources: [hdfFeder2026],
  eligibility: {
    who: ['company'],
    companySizes: ['micro', 'sme'],
    sectors: ['industry'],
    projects: ['industrial-investment', 'decarbonisation'],
    sourceIds: [hdfFeder2026.id],
    checks: [
      {
        text: {
          fr: "Filière visée par l'appel : « ferroviaire et mécanique industrielle » pour le premier ; la seconde filière est à vérifier auprès de la Région",
          en: 'Sector targeted by the call: "rail and industrial mechanics" for the first; the second sector is to be checked with the Region',
        },
        sourceIds: [hdfFeder2026.id],
      },
      {
        text: {
          fr: "Projet de montée en charge industrielle, d'efficacité énergétique, de compétitivité et de création d'emplois durables",
          en: 'Project for industrial ramp-up, energy efficiency, competitiveness and lasting job creation',
        },
        sourceIds: [hdfFeder2026.id],
      },
      {
        text: {
          fr: 'Taux, plafond et dates limites des nouveaux appels non publiés dans notre source : à vérifier auprès de la Région',
          en: 'Rate, ceiling and deadlines of the new calls not published in our source: to be checked with the Region',
        },
        sourceIds: [hdfFeder2026.id],
      },
    ],
  },
};
