import type {Scheme} from '../../src/catalogue/types.ts';
import {operatorReferent} from '../shared/operator-referent.ts';

export const scheme: Scheme = {
  id: 'referent-ademe',
  title: {
    fr: 'Référent ADEME du territoire',
    en: "The territory's ADEME referent",
  },
  summary: {
    fr: "Un interlocuteur de l'ADEME pour les démarches d'écologie industrielle du territoire.",
    en: "An ADEME contact for the territory's industrial ecology initiatives.",
  },
  description: {
    fr: "L'ADEME désigne un référent pour chaque Territoire d'industrie. Il accompagne le territoire sur l'écologie industrielle, en lien avec la priorité consacrée à la transition écologique et énergétique. Aucun montant propre à la phase 2 n'a été trouvé dans les sources : il s'agit d'un accompagnement, pas d'un financement.",
    en: "ADEME names a referent for each Territoire d'industrie. The referent supports the territory on industrial ecology, in line with the priority on the ecological and energy transition. No phase 2 amount was found in the sources: this is support, not funding.",
  },
  priorities: ['ecological-transition'],
  ...operatorReferent('ademe'),
  eligibility: {
    who: ['local-authority'],
    place: 'in-territory',
    projects: ['circular-economy'],
    checks: [
      {
        fr: "Démarche d'écologie industrielle portée par le territoire",
        en: 'Industrial ecology initiative led by the territory',
      },
    ],
  },
};
