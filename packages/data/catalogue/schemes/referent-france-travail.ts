import type {Scheme} from '../../src/catalogue/types.ts';
import {bdtOperators} from '../sources.ts';

export const scheme: Scheme = {
  id: 'referent-france-travail',
  title: {
    fr: 'Référent France Travail du territoire',
    en: "The territory's France Travail referent",
  },
  summary: {
    fr: 'Un interlocuteur de France Travail pour aider le territoire et ses industriels à recruter.',
    en: 'A France Travail contact who helps the territory and its manufacturers recruit.',
  },
  description: {
    fr: "France Travail désigne un référent pour chaque Territoire d'industrie. Il appuie le territoire sur les questions de recrutement, en lien avec la priorité consacrée aux compétences. Aucun montant propre à la phase 2 n'a été trouvé dans les sources : il s'agit d'un accompagnement, pas d'un financement.",
    en: "France Travail names a referent for each Territoire d'industrie. The referent supports the territory on recruitment, in line with the priority on skills. No phase 2 amount was found in the sources: this is support, not funding.",
  },
  priorities: ['skills-recruitment'],
  beneficiaries: ['local-authority'],
  kind: 'support',
  operators: ['france-travail'],
  amounts: [],
  dates: {
    note: {
      fr: 'Accompagnement continu pendant le programme.',
      en: 'Ongoing support during the programme.',
    },
  },
  status: 'running',
  apply: {
    url: bdtOperators.url,
    label: {
      fr: 'Engagements des opérateurs publics pour le programme ; pour joindre le référent, contacter le chef de projet du territoire',
      en: "The public operators' commitments to the programme; to reach the referent, contact the territory's project lead",
    },
  },
  sources: [bdtOperators],
  verifiedOn: '2026-11-26',
  eligibility: {
    who: ['local-authority'],
    place: 'in-territory',
    projects: ['hiring'],
    checks: [
      {
        fr: 'Besoin lié au recrutement dans les entreprises du territoire',
        en: "Need related to recruitment in the territory's companies",
      },
    ],
  },
};
