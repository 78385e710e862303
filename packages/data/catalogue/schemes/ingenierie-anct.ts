import type {Scheme} from '../../src/catalogue/types.ts';
import {anctProgramme, bdtAcceleration, senateDebate2025} from '../sources.ts';

export const scheme: Scheme = {
  id: 'ingenierie-anct',
  title: {
    fr: "Offre d'ingénierie de l'ANCT : études et expertises",
    en: 'ANCT engineering offer: studies and expertise',
  },
  summary: {
    fr: "L'ANCT, avec le Cerema et la Banque des Territoires, apporte aux territoires des études et des expertises sur les quatre priorités du programme.",
    en: "ANCT, with Cerema and Banque des Territoires, provides territories with studies and expertise on the programme's four priorities.",
  },
  description: {
    fr: "Par ses contrats d'ingénierie, l'ANCT finance des missions d'étude et d'expertise pour les collectivités des territoires : diagnostics, études techniques, plans de financement, en lien avec les quatre priorités. Elle s'appuie sur le Cerema et la Banque des Territoires. Selon le bilan présenté au Sénat le 14 janvier 2025, 2 millions d'euros avaient été mobilisés pour 17 missions d'ingénierie.",
    en: "Through its engineering contracts, ANCT funds study and expertise missions for the territories' local authorities: diagnoses, technical studies and financing plans, linked to the four priorities. It works with Cerema and Banque des Territoires. According to the update given in the Senate on 14 January 2025, 2 million euros had been mobilised to 17 engineering missions.",
  },
  priorities: [
    'ecological-transition',
    'innovation',
    'skills-recruitment',
    'industrial-land',
  ],
  beneficiaries: ['local-authority'],
  kind: 'engineering',
  operators: ['anct', 'cerema', 'banque-des-territoires'],
  amounts: [
    {
      type: 'envelope',
      euros: 2_000_000,
      period: 'phase 2',
      confirmed: true,
      note: {
        fr: 'Montant mobilisé au 14 janvier 2025 pour 17 missions, selon le ministre au Sénat.',
        en: 'Amount mobilised by 14 January 2025 for 17 missions, according to the minister in the Senate.',
      },
    },
  ],
  dates: {
    note: {
      fr: 'Offre continue, sans appel à projets.',
      en: 'Ongoing offer, with no call for projects.',
    },
  },
  status: 'running',
  apply: {
    url: anctProgramme.url,
    label: {
      fr: "Présentation du programme sur le site de l'ANCT ; contacter le chef de projet du territoire",
      en: "The programme's page on the ANCT website; contact the territory's project lead",
    },
  },
  sources: [senateDebate2025, bdtAcceleration],
  verifiedOn: '2026-11-26',
  eligibility: {
    who: ['local-authority'],
    place: 'in-territory',
    projects: ['studies'],
    checks: [
      {
        fr: "Besoin d'étude ou d'expertise lié à l'une des quatre priorités du programme",
        en: "Need for a study or expertise linked to one of the programme's four priorities",
      },
      {
        fr: 'Demande portée par la collectivité ou le territoire',
        en: 'Request made by the local authority or the territory',
      },
    ],
  },
};
