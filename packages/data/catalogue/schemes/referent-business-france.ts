import type {Scheme} from '../../src/catalogue/types.ts';
import {operatorReferent} from '../shared/operator-referent.ts';

export const scheme: Scheme = {
  id: 'referent-business-france',
  title: {
    fr: 'Référent Business France du territoire',
    en: "The territory's Business France referent",
  },
  summary: {
    fr: "Un interlocuteur de Business France pour l'attractivité internationale du territoire et la promotion de ses sites industriels clés en main.",
    en: "A Business France contact for the territory's international attractiveness and the promotion of its ready-to-use industrial sites.",
  },
  description: {
    fr: "Business France désigne un référent pour chaque Territoire d'industrie. Il accompagne le territoire sur son attractivité internationale et sur ses sites industriels clés en main. Aucun montant propre à la phase 2 n'a été trouvé dans les sources : il s'agit d'un accompagnement, pas d'un financement.",
    en: "Business France names a referent for each Territoire d'industrie. The referent supports the territory on its international attractiveness and its ready-to-use industrial sites. No phase 2 amount was found in the sources: this is support, not funding.",
  },
  priorities: ['industrial-land'],
  ...operatorReferent('business-france'),
  eligibility: {
    who: ['local-authority'],
    place: 'in-territory',
    projects: ['international', 'industrial-real-estate'],
    checks: [
      {
        fr: "Projet lié à l'attractivité internationale ou à un site industriel clé en main",
        en: 'Project linked to international attractiveness or a ready-to-use industrial site',
      },
    ],
  },
};
