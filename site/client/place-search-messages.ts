import type {Lang} from './embed-spec.ts';

/** The label of the configurator's place field, which the messages below name. */
export const PLACE_FIELD: Record<Lang, string> = {
  fr: 'Lieu transmis au composant',
  en: 'Place given to the component',
};

/** What the configurator's place search says about the words typed, in the page's language. */
export interface PlaceSearchMessages {
  /** `kind`: SIREN or SIRET. */
  company: (kind: string) => string;
  ambiguous: (words: string) => string;
  inTerritory: (place: string, territory: string) => string;
  notInTerritory: (place: string) => string;
  /** `why`: the resolver's own reason, in the same language. */
  unkept: (why: string) => string;
}

const fr: PlaceSearchMessages = {
  company: (kind) =>
    `Numéro ${kind} d’une entreprise : gardé comme lieu. Sur votre page, le composant cherche son établissement dans l’annuaire public des entreprises (API Recherche d’entreprises) ; cet aperçu ne le fait pas et ne peut donc pas montrer le territoire ici.`,
  ambiguous: (words) =>
    `« ${words} » a plusieurs réponses : la commune la plus peuplée est donnée comme lieu ; choisissez-en une autre dans « ${PLACE_FIELD.fr} ».`,
  inTerritory: (place, territory) =>
    `${place} : dans le Territoire d’industrie ${territory} ; donné comme lieu.`,
  notInTerritory: (place) =>
    `${place} : hors Territoire d’industrie. Donné comme lieu (la recherche de services et le module des financements le diront) ; la fiche de territoire n’a pas de territoire à montrer.`,
  unkept: (why) => `Aucun lieu gardé : ${why}`,
};

const en: PlaceSearchMessages = {
  company: (kind) =>
    `A company's ${kind}: kept as the place. On your page the component looks its establishment up in the public company directory (API Recherche d'entreprises); this preview does not, so it cannot show the territory here.`,
  ambiguous: (words) =>
    `“${words}” has several answers: the largest commune is given as the place; choose another in “${PLACE_FIELD.en}”.`,
  inTerritory: (place, territory) =>
    `${place}: in the Territoire d’industrie ${territory}; given as the place.`,
  notInTerritory: (place) =>
    `${place}: in no Territoire d’industrie. Given as the place (the finder and the funding widget say so); the territory card has no territory to show.`,
  unkept: (why) => `No place kept: ${why}`,
};

export const PLACE_SEARCH_MESSAGES: Record<Lang, PlaceSearchMessages> = {
  fr,
  en,
};
