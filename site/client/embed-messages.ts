import type {EmbedProblem, Lang} from './embed-spec.ts';

const SAY: Record<Lang, (problem: EmbedProblem) => string> = {
  fr: (problem) =>
    `Cette adresse d’intégration n’est pas valide : ${
      problem.code === 'unknown-component'
        ? `le composant « ${problem.component} » n’existe pas`
        : `la valeur de « ${problem.token} » n’est pas valide`
    }.`,
  en: (problem) =>
    `This embed address is not valid: ${
      problem.code === 'unknown-component'
        ? `unknown component "${problem.component}"`
        : `"${problem.token}" is not a valid value`
    }.`,
};

/** What the iframe page shows for an address it refuses, in the address's language (French by default). */
export const embedProblemMessage = (problem: EmbedProblem, lang: Lang) =>
  SAY[lang](problem);
