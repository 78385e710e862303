import type {Scheme} from '../../src/catalogue/types.ts';
import {operatorReferent} from '../shared/operator-referent.ts';
import {bdtOperators} from '../sources.ts';

export const scheme: Scheme = {
  id: 'referent-france-travail',
  title: {
    fr: 'Référent France Travail du territoire',
    en: "The territory's France Travail referent",
  },
  summary: {
    fr: "Un interlocuteur unique chez France Travail (alors Pôle emploi) pour chaque Territoire d'industrie, selon les engagements de 2019.",
    en: "A single contact at France Travail (then Pôle emploi) for each Territoire d'industrie, according to the 2019 commitments.",
  },
  description: {
    fr: "Le 5 mars 2019, Pôle emploi, devenu France Travail, s'est engagé auprès de l'État, avec trois autres opérateurs publics, à désigner un référent unique pour chaque Territoire d'industrie. C'est un accompagnement, pas un financement. Le Sénat cite encore France Travail parmi les partenaires du programme en décembre 2024, mais aucune source ne décrit ces référents en phase 2.",
    en: "On 5 March 2019, Pôle emploi, now France Travail, committed to the State, with three other public operators, to name a single referent for each Territoire d'industrie. This is support, not funding. The Senate still lists France Travail among the programme's partners in December 2024, but no source describes these referents in phase 2.",
  },
  priorities: ['skills-recruitment'],
  ...operatorReferent('france-travail'),
  eligibility: {
    who: ['local-authority'],
    projects: ['hiring'],
    sourceIds: [bdtOperators.id],
    checks: [],
  },
};
