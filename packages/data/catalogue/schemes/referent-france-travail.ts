import type {Scheme} from '../../src/catalogue/types.ts';
import {operatorReferent} from '../shared/operator-referent.ts';

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
  ...operatorReferent('france-travail'),
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
