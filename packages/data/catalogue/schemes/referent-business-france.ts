import type {Scheme} from '../../src/catalogue/types.ts';
import {operatorReferent} from '../shared/operator-referent.ts';
import {bdtOperators} from '../sources.ts';

export const scheme: Scheme = {
  id: 'referent-business-france',
  title: {
    fr: 'Référent Business France du territoire',
    en: "The territory's Business France referent",
  },
  summary: {
    fr: "Un interlocuteur unique chez Business France pour chaque Territoire d'industrie, selon les engagements de 2019.",
    en: "A single contact at Business France for each Territoire d'industrie, according to the 2019 commitments.",
  },
  description: {
    fr: "Le 5 mars 2019, Business France s'est engagée auprès de l'État, avec trois autres opérateurs publics, à désigner un référent unique pour chaque Territoire d'industrie. C'est un accompagnement, pas un financement. Le Sénat cite encore Business France parmi les partenaires du programme en décembre 2024, mais aucune source ne décrit ces référents en phase 2.",
    en: "On 5 March 2019, Business France committed to the State, with three other public operators, to name a single referent for each Territoire d'industrie. This is support, not funding. The Senate still lists Business France among the programme's partners in December 2024, but no source describes these referents in phase 2.",
  },
  priorities: ['industrial-land'],
  ...operatorReferent('business-france'),
  eligibility: {
    who: ['local-authority'],
    projects: ['international'],
    sourceIds: [bdtOperators.id],
    checks: [],
  },
};
