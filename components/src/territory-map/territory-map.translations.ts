import type {Lang} from '../i18n/lang.ts';

const fr = {
  loading: 'Chargement de la carte…',
  error: 'La carte n’a pas pu être chargée.',
  retry: 'Réessayer',
  searchLabel: 'Chercher un territoire',
  searchHint:
    'Tapez un nom ou un identifiant (ti-8413), puis choisissez avec les flèches et Entrée.',
  found: (n: number) =>
    n === 0
      ? 'Aucun territoire ne correspond.'
      : n === 1
        ? '1 territoire'
        : `${n} territoires`,
  phase: (phase: string): string =>
    phase === '2023-2027'
      ? 'programme 2023-2027, en cours'
      : 'programme 2018-2022, terminé',
  /** The map's text alternative: what is drawn, then what stands out. */
  caption: (count: number, phase: string, region: string | null) =>
    `Carte des ${count} Territoires d’industrie du ${fr.phase(phase)}${region ? `, région ${region}` : ''}.`,
  highlighted: (name: string, id: string) => `En évidence : ${name} (${id}).`,
  nothingHighlighted: 'Aucun territoire en évidence.',
  unknownTerritory: (id: string, phase: string) =>
    `Territoire inconnu dans le ${fr.phase(phase)} : « ${id} ». Les identifiants ont la forme ti-8413.`,
  otherPhase: (id: string, given: string, shown: string) =>
    `« ${id} » a été donné pour le ${fr.phase(given)} : la carte du ${fr.phase(shown)}, où les identifiants désignent d’autres territoires, ne le met pas en évidence.`,
  unknownRegion: (value: string) =>
    `Région inconnue : « ${value} ». Donnez son code INSEE (84) ou son nom.`,
  placeLoading: 'Recherche du lieu…',
  placeError: 'Le lieu n’a pas pu être vérifié.',
  placeCurrentPhase:
    'Un lieu est vérifié dans le programme en cours (2023-2027) : la carte des territoires 2018-2022 n’en met aucun en évidence.',
  choose: 'Plusieurs réponses possibles : choisissez.',
  reset: 'Voir toute la carte',
  source: 'Contours :',
};

const en: typeof fr = {
  loading: 'Loading the map…',
  error: 'The map could not be loaded.',
  retry: 'Try again',
  searchLabel: 'Find a territory',
  searchHint:
    'Type a name or an id (ti-8413), then choose with the arrow keys and Enter.',
  found: (n: number) =>
    n === 0
      ? 'No territory matches.'
      : n === 1
        ? '1 territory'
        : `${n} territories`,
  phase: (phase: string): string =>
    phase === '2023-2027'
      ? 'the 2023-2027 programme, under way'
      : 'the 2018-2022 programme, ended',
  caption: (count: number, phase: string, region: string | null) =>
    `Map of the ${count} Territoires d’industrie of ${en.phase(phase)}${region ? `, region ${region}` : ''}.`,
  highlighted: (name: string, id: string) => `Highlighted: ${name} (${id}).`,
  nothingHighlighted: 'No territory highlighted.',
  unknownTerritory: (id: string, phase: string) =>
    `Unknown territory in ${en.phase(phase)}: “${id}”. Ids look like ti-8413.`,
  otherPhase: (id: string, given: string, shown: string) =>
    `“${id}” was given for ${en.phase(given)}: the map of ${en.phase(shown)}, where ids name other territories, does not highlight it.`,
  unknownRegion: (value: string) =>
    `Unknown region: “${value}”. Give its INSEE code (84) or its name.`,
  placeLoading: 'Looking the place up…',
  placeError: 'The place could not be checked.',
  placeCurrentPhase:
    'A place is checked in the programme under way (2023-2027): the map of the 2018-2022 territories highlights none.',
  choose: 'Several possible answers: choose one.',
  reset: 'Show the whole map',
  source: 'Outlines:',
};

export const translations: Record<Lang, typeof fr> = {fr, en};
