import type {ComponentTag, Lang} from './embed-spec.ts';

/** Per component: the iframe's accessible title, in the embed's language, and a starting height in pixels. */
export const IFRAME_DEFAULTS: Record<
  ComponentTag,
  {title: Record<Lang, string>; height: number}
> = {
  'ti-priority-cards': {
    title: {
      fr: "Les quatre priorités de Territoires d'industrie",
      en: "The four priorities of Territoires d'industrie",
    },
    height: 900,
  },
  'ti-service-finder': {
    title: {
      fr: "Les services de Territoires d'industrie",
      en: "Territoires d'industrie services",
    },
    height: 1400,
  },
  'ti-funding-widget': {
    title: {
      fr: "Les financements de Territoires d'industrie",
      en: "Territoires d'industrie funding",
    },
    height: 1400,
  },
  'ti-territory-card': {
    title: {
      fr: "Fiche d'un Territoire d'industrie",
      en: "A Territoire d'industrie's card",
    },
    height: 500,
  },
  'ti-territory-map': {
    title: {
      fr: "Carte des Territoires d'industrie",
      en: "Map of the Territoires d'industrie",
    },
    height: 900,
  },
  'ti-list-check': {
    title: {
      fr: "Vérifier une liste d'entreprises",
      en: 'Check a list of companies',
    },
    height: 900,
  },
};
