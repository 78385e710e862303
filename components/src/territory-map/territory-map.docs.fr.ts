import type {FrenchComponentDocs} from '../internal/docs-fr.ts';

/** The French reference of <ti-territory-map>, beside its class JSDoc (English); read by the site only. */
export const territoryMapDocsFr = {
  summary:
    'La carte des Territoires d’industrie : tous les territoires d’une phase, dont un mis en évidence et cadré (par son identifiant ou par un lieu), avec une liste de recherche qui pilote la carte au clavier.',
  attributes: {
    territory:
      'L’identifiant du territoire à mettre en évidence et à cadrer (ti-8413), un identifiant de la `phase` de la carte.',
    place:
      'Un lieu dont mettre en évidence le territoire : nom de commune, code postal, code INSEE, SIREN d’intercommunalité, ou SIREN ou SIRET d’une entreprise (vérifié dans le programme en cours, 2023-2027).',
    region:
      'Une région à afficher, par son code INSEE (84) ou son nom ; vide pour toute la France.',
    phase:
      '`2023-2027` (le programme en cours, par défaut) ou `2018-2022` ; toute autre valeur revient à 2023-2027, avec un avertissement dans la console.',
    'company-api':
      'Origine de l’API d’entreprises interrogée pour le SIREN ou le SIRET d’une entreprise ; `none` n’interroge rien. Par défaut, l’API publique Recherche d’entreprises.',
    theme:
      '`auto` (suit le mode sombre du système), `light`, `dark` ou `sober` ; toute autre valeur revient à `auto`, avec un avertissement dans la console.',
  },
  events: {
    'ti-territory-select':
      'L’utilisateur a choisi un territoire sur la carte ou dans la liste (`detail.territory` et `detail.phase`), ou est revenu à la carte entière (`territory` vaut null) ; `detail.elementId` est l’id de l’élément (null s’il n’en a pas).',
    'ti-place-resolve':
      'Le lieu de l’attribut `place` a été identifié ; `detail.elementId` est l’id de l’élément (null s’il n’en a pas).',
  },
  parts: {
    base: 'Tout le composant.',
    label: 'Le libellé du champ de recherche.',
    search:
      'Le champ de recherche (une combobox) qui trouve un territoire par son nom ou son identifiant.',
    options: 'La liste des territoires trouvés.',
    option:
      'Un territoire de la liste ; `option active` pour celui que désignent les touches fléchées.',
    map: 'La carte SVG.',
    territory:
      'La forme d’un territoire (des points pour les communes que certains territoires de 2018-2022 ne décrivent que par un point).',
    highlight: 'Le territoire mis en évidence, dessiné par-dessus les autres.',
    pointer:
      'Le territoire sous le pointeur ou désigné avec les touches fléchées.',
    region: 'Le contour d’une région.',
    inset: 'Le cadre d’un département d’outre-mer.',
    tooltip:
      'Le nom affiché sur la carte pour le territoire pointé, ou pour celui mis en évidence.',
    caption:
      'Ce que la carte montre et met en évidence, en toutes lettres (l’alternative textuelle de la carte).',
    place:
      'La réponse sur le lieu : dans quel territoire il se trouve, ou pourquoi il n’est dans aucun.',
    candidates: 'Les choix quand un lieu est ambigu.',
    'company-unreachable':
      'Que faire quand le SIREN ou le SIRET d’une entreprise n’a pas pu être localisé.',
    'place-retry': 'Le bouton qui relance la demande.',
    reset: 'Le bouton qui revient à la carte entière.',
    source: 'L’origine des contours.',
  },
  cssProperties: {
    '--ti-territory-map-land': 'Remplissage des terres hors des territoires.',
    '--ti-territory-map-fill': 'Remplissage d’un territoire.',
    '--ti-territory-map-border': 'Bordure entre les territoires.',
    '--ti-territory-map-region-border':
      'Contours des régions et cadres des encarts.',
    '--ti-territory-map-highlight':
      'Remplissage du territoire mis en évidence.',
    '--ti-territory-map-pointer': 'Contour du territoire pointé.',
    '--ti-territory-map-max-width': 'Largeur maximale de la carte.',
    '--ti-territory-map-zoom-duration':
      'Durée du zoom sur un territoire (nulle quand le système demande de réduire les animations).',
  },
} satisfies FrenchComponentDocs;
