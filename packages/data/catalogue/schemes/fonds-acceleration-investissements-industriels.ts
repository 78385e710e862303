import type {Scheme} from '../../src/catalogue/types.ts';
import {bdtRecovery} from '../sources.ts';

export const scheme: Scheme = {
  id: 'fonds-acceleration-investissements-industriels',
  title: {
    fr: "Fonds d'accélération des investissements industriels dans les territoires (clos)",
    en: 'Fund for accelerating industrial investment in the territories (closed)',
  },
  summary: {
    fr: 'Fonds de la phase 1 et du plan de relance qui a cofinancé les investissements industriels des entreprises de 2020 à 2022 ; il est clos.',
    en: "Phase 1 and recovery plan fund that co-financed companies' industrial investment from 2020 to 2022; it is closed.",
  },
  description: {
    fr: "Créé pendant la phase 1 du programme dans le cadre du plan de relance, ce fonds de l'État et des Régions, opéré avec Bpifrance, a cofinancé à 50 % les investissements industriels des entreprises, dans la limite de 800 000 euros. Doté de 400 millions d'euros puis abondé de 300 millions, il a fonctionné de 2020 à 2022. Il est clos et n'accepte plus de dossiers ; il figure ici pour mémoire.",
    en: "Created during phase 1 of the programme as part of the recovery plan, this State and Regions fund, run with Bpifrance, co-financed 50% of companies' industrial investment, up to 800,000 euros. Endowed with 400 million euros and then topped up by 300 million, it ran from 2020 to 2022. It is closed and no longer accepts applications; it is listed here for the record.",
  },
  priorities: ['innovation'],
  beneficiaries: ['company'],
  kind: 'funding',
  operators: ['dge', 'regions', 'bpifrance'],
  amounts: [
    {
      type: 'rate',
      rate: 0.5,
      upTo: false,
      maxEuros: 800_000,
      of: {fr: "l'investissement industriel", en: 'the industrial investment'},
      confirmed: true,
    },
    {
      type: 'envelope',
      euros: 400_000_000,
      period: '2020-2022',
      confirmed: true,
      note: {
        fr: 'Enveloppe initiale, abondée ensuite de 300 M€.',
        en: 'Initial envelope, later topped up by 300 M€.',
      },
    },
  ],
  dates: {
    note: {
      fr: "Fonds ouvert de 2020 à 2022, aujourd'hui clos.",
      en: 'Fund open from 2020 to 2022, now closed.',
    },
  },
  status: 'closed',
  apply: {
    url: bdtRecovery.url,
    label: {
      fr: 'Bilan du fonds par la Banque des Territoires (plus aucun dépôt possible)',
      en: "Banque des Territoires' review of the fund (no more applications possible)",
    },
  },
  sources: [bdtRecovery],
  verifiedOn: '2026-11-26',
  eligibility: {
    who: ['company'],
    place: 'in-territory',
    projects: ['industrial-investment'],
    checks: [
      {
        fr: 'Fonds clos : aucune nouvelle demande possible',
        en: 'Fund closed: no new applications possible',
      },
    ],
  },
};
