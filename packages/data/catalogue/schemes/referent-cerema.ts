import type {Scheme} from '../../src/catalogue/types.ts';
import {operatorReferent} from '../shared/operator-referent.ts';

export const scheme: Scheme = {
  id: 'referent-cerema',
  title: {
    fr: 'Référent Cerema du territoire',
    en: "The territory's Cerema referent",
  },
  summary: {
    fr: "Un interlocuteur du Cerema pour les questions de foncier et d'ingénierie du territoire.",
    en: "A Cerema contact for the territory's land and engineering questions.",
  },
  description: {
    fr: "Le Cerema désigne un référent pour chaque Territoire d'industrie. Il apporte au territoire son expertise sur le foncier et l'ingénierie, en lien avec la priorité consacrée au foncier industriel. Aucun montant propre à la phase 2 n'a été trouvé dans les sources : il s'agit d'un accompagnement, pas d'un financement.",
    en: "Cerema names a referent for each Territoire d'industrie. The referent brings the territory its expertise on land and engineering, in line with the priority on industrial land. No phase 2 amount was found in the sources: this is support, not funding.",
  },
  priorities: ['industrial-land'],
  ...operatorReferent('cerema'),
  eligibility: {
    who: ['local-authority'],
    place: 'in-territory',
    projects: ['land-brownfield', 'studies'],
    checks: [
      {
        fr: "Question de foncier ou besoin d'ingénierie du territoire",
        en: 'Land question or engineering need of the territory',
      },
    ],
  },
};
