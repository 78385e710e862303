import type {Lang} from './embed-spec.ts';

/**
 * What the configurator's script writes into its page, in the page's language (`<html lang>`): the counts, the
 * status lines and the snippet's comment. The form's own labels are written by the page (pages/configurator-text.ts).
 */
export interface ConfiguratorMessages {
  territories: (n: number) => string;
  tablesFailed: string;
  noIntercommunality: (territory: string) => string;
  nothingMatches: (words: string) => string;
  tooLight: string;
  tooDark: string;
  lowContrast: (problems: string[]) => string;
  contrastOk: string;
  copied: string;
  selected: string;
  resizeComment: string;
}

const fr: ConfiguratorMessages = {
  territories: (n) => (n > 1 ? `${n} territoires` : `${n} territoire`),
  tablesFailed:
    'Les tables des communes n’ont pas pu être chargées : seuls les territoires et les intercommunalités sont cherchés.',
  noIntercommunality: (territory) =>
    `${territory} : aucune intercommunalité n’y est entièrement comprise, l’extrait de code n’a donc pas de lieu. Cherchez plutôt l’une de ses communes.`,
  nothingMatches: (words) =>
    `Rien ne correspond à « ${words} » : ni territoire, ni intercommunalité, ni commune, ni code postal, ni code INSEE, ni SIREN. L’extrait de code n’a pas de lieu.`,
  tooLight: 'la couleur d’accent est trop claire pour du texte sur fond clair',
  tooDark:
    'la couleur d’accent du thème sombre est trop foncée pour un fond sombre',
  lowContrast: (problems) =>
    `Contraste inférieur à 4,5:1 : ${problems.join(' ; ')}.`,
  contrastOk: 'Contraste des couleurs d’accent : au moins 4,5:1.',
  copied: 'Copié.',
  selected: 'Sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour copier.',
  resizeComment:
    'Une seule fois par site (thème ou pied de page), pour que l’iframe prenne la hauteur de son contenu :',
};

const en: ConfiguratorMessages = {
  territories: (n) => (n === 1 ? '1 territory' : `${n} territories`),
  tablesFailed:
    'The commune tables could not be loaded: only territories and intercommunalities are searched.',
  noIntercommunality: (territory) =>
    `${territory}: no intercommunality is wholly in it, so the snippet has no place. Search one of its communes instead.`,
  nothingMatches: (words) =>
    `Nothing matches “${words}”: no territory, intercommunality, commune, postcode, INSEE code or SIREN. The snippet has no place.`,
  tooLight: 'the accent colour is too light for text on a light background',
  tooDark: 'the dark-theme accent is too dark for a dark background',
  lowContrast: (problems) => `Contrast below 4.5:1: ${problems.join('; ')}.`,
  contrastOk: 'Contrast of the accent colours: at least 4.5:1.',
  copied: 'Copied.',
  selected: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
  resizeComment:
    "Once per site (theme or footer), to let the iframe take its content's height:",
};

export const CONFIGURATOR_MESSAGES: Record<Lang, ConfiguratorMessages> = {
  fr,
  en,
};
