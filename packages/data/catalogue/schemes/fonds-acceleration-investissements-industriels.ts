import type {Scheme} from '../../src/catalogue/types.ts';
import {bdtRecovery, draafFund} from '../sources.ts';

export const scheme: Scheme = {
  id: 'fonds-acceleration-investissements-industriels',
  title: {
    fr: "Fonds d'accélération des investissements industriels dans les territoires (clos)",
    en: 'Fund for accelerating industrial investment in the territories (closed)',
  },
  summary: {
    fr: "Fonds du plan de relance, ouvert en septembre 2020, qui a subventionné des projets industriels dans tous les territoires, en priorité dans les Territoires d'industrie ; il est clos.",
    en: "Recovery plan fund, opened in September 2020, that subsidised industrial projects in every territory, with priority to the Territoires d'industrie; it is closed.",
  },
  description: {
    fr: "Créé dans le cadre du plan de relance et animé par le programme Territoires d'industrie, ce fonds a subventionné des investissements industriels prêts à démarrer : création ou extension de sites, modernisation, équipements. Tous les territoires y étaient éligibles, avec une priorité pour les projets situés dans un Territoire d'industrie. Copiloté par les préfets de région et les présidents de conseil régional, avec une instruction par Bpifrance, il cofinançait les projets à 50 % dans la limite de 800 000 euros, sauf dérogation exceptionnelle. Doté de 400 millions d'euros, il a été réabondé de 300 millions par l'État et les Régions. Ouvert le 1er septembre 2020 jusqu'à épuisement des crédits, il est clos ; il figure ici pour mémoire.",
    en: "Created as part of the recovery plan and run through the Territoires d'industrie programme, this fund subsidised industrial investment ready to start: new or extended sites, modernisation, equipment. Every territory was eligible, with priority for projects located in a Territoire d'industrie. Co-steered by the regional prefects and the presidents of the regional councils, with Bpifrance assessing the files, it co-financed projects at 50% up to 800,000 euros, save exceptional waivers. Endowed with 400 million euros, it was topped up by 300 million by the State and the Regions. Open from 1 September 2020 until the funds ran out, it is closed; it is listed here for the record.",
  },
  priorities: ['innovation'],
  beneficiaries: ['company', 'association'],
  kind: 'funding',
  operators: ['prefectures', 'regions', 'bpifrance'],
  amounts: [
    {
      type: 'rate',
      rate: 0.5,
      upTo: false,
      ceiling: 800_000,
      of: {
        fr: "de l'investissement industriel",
        en: 'of the industrial investment',
      },
      confirmed: true,
      note: {
        fr: 'Sauf dérogation exceptionnelle.',
        en: 'Save exceptional waivers.',
      },
      sourceIds: [bdtRecovery.id],
    },
    {
      type: 'envelope',
      euros: 400_000_000,
      confirmed: true,
      note: {
        fr: "Enveloppe initiale, réabondée de 300 M€ par l'État et les Régions.",
        en: 'Initial envelope, topped up by 300 M€ by the State and the Regions.',
      },
      sourceIds: [bdtRecovery.id],
    },
  ],
  dates: {
    opens: '2020-09-01',
    note: {
      fr: "Appel à projets ouvert le 1er septembre 2020 jusqu'à épuisement des crédits.",
      en: 'Call for projects open from 1 September 2020 until the funds ran out.',
    },
    sourceIds: [draafFund.id],
  },
  status: 'closed',
  statusNote: {
    fr: "Fonds du plan de relance ouvert jusqu'à épuisement des crédits ; nos sources, toutes de cette période, ne décrivent aucun appel ultérieur.",
    en: 'Recovery plan fund open until the funds ran out; our sources, all from that period, describe no later call.',
  },
  statusSourceIds: [draafFund.id, bdtRecovery.id],
  reservedToTerritories: false,
  territoryScope: 'anywhere',
  scopeSourceIds: [draafFund.id],
  apply: {
    url: bdtRecovery.url,
    label: {
      fr: 'Bilan du fonds par la Banque des Territoires (plus aucun dépôt possible)',
      en: "Banque des Territoires' review of the fund (no more applications possible)",
    },
  },
  sources: [draafFund, bdtRecovery],
  eligibility: {
    who: ['company', 'association'],
    projects: ['industrial-investment'],
    sourceIds: [draafFund.id],
    checks: [
      {
        text: {
          fr: 'Projet industriel mature, dont les investissements peuvent démarrer rapidement',
          en: 'Mature industrial project whose investment can start quickly',
        },
        sourceIds: [draafFund.id],
      },
    ],
  },
};
