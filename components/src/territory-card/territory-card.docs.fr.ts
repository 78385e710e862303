import type {FrenchComponentDocs} from '../internal/docs-fr.ts';

/** The French reference of <ti-territory-card>, beside its class JSDoc (English); read by the site only. */
export const territoryCardDocsFr = {
  summary:
    'Un Territoire d’industrie, ou le territoire d’un lieu : nom, régions, départements, intercommunalités, nombre de communes et population, avec le millésime des données pour preuve.',
  attributes: {
    territory: 'Un identifiant de territoire (ti-8413), affiché tel quel.',
    place:
      'Un lieu dont afficher le territoire : nom de commune, code postal, code INSEE, SIREN d’intercommunalité, ou SIREN ou SIRET d’une entreprise (localisée grâce à l’API d’entreprises) ; une fois identifié, il est affiché tel qu’on l’écrit.',
    'company-api':
      'Origine de l’API d’entreprises interrogée pour le SIREN ou le SIRET d’une entreprise (un miroir, un serveur de test) ; `none` n’interroge rien. Par défaut, l’API publique Recherche d’entreprises.',
    'heading-level':
      'Niveau du titre qui porte le nom du territoire, de 2 à 6.',
    map: 'Affiche une petite carte du territoire dans sa région (ses contours se chargent à la demande, environ 42 ko compressés en gzip).',
    theme:
      '`auto` (suit le mode sombre du système), `light`, `dark` ou `sober` ; toute autre valeur revient à `auto`, avec un avertissement dans la console.',
  },
  events: {
    'ti-place-resolve':
      'Un lieu (l’attribut `place`, ou un choix parmi les propositions) a été identifié ; `detail.elementId` est l’id de l’élément (null s’il n’en a pas).',
  },
  parts: {
    base: 'La fiche.',
    kicker: 'La ligne « Territoire d’industrie » au-dessus du nom.',
    name: 'Le nom du territoire.',
    reason: 'Pourquoi le lieu est (ou n’est pas) dans le territoire.',
    facts: 'La liste des régions, départements, communes et la population.',
    history:
      'Depuis quand les membres du territoire sont dans le programme : les territoires de la première phase (2018-2022) qui les comptaient, reconnus par leur SIREN.',
    groupements: 'Les intercommunalités membres.',
    place:
      'Le lieu tel qu’on l’écrit (« Saint-Denis (93) — Seine-Saint-Denis », « CC Gally Mauldre »).',
    candidates:
      'Les choix quand un lieu est ambigu, la plus grande commune d’abord, avec le département et les codes postaux.',
    'company-unreachable':
      'Que faire quand le SIREN ou le SIRET d’une entreprise n’a pas pu être localisé (autres saisies possibles sans annuaire, nouvel essai).',
    'place-retry':
      'Le bouton qui interroge de nouveau l’annuaire des entreprises.',
    vintage: 'La source des données et sa date.',
    map: 'La petite carte (attribut `map`) : le territoire dans le contour de sa région.',
    'map-region': 'Le contour de la région sur la petite carte.',
    'map-territory': 'Le territoire sur la petite carte.',
  },
  cssProperties: {
    '--ti-territory-card-padding': 'Marge intérieure de la fiche.',
    '--ti-territory-card-background': 'Fond de la fiche.',
    '--ti-territory-card-border-color': 'Bordure de la fiche.',
    '--ti-territory-card-radius': 'Arrondi des coins de la fiche.',
    '--ti-territory-card-accent':
      'Couleur de la ligne au-dessus du nom et des boutons de choix.',
    '--ti-territory-card-name-size': 'Taille de police du nom.',
  },
} satisfies FrenchComponentDocs;
