import type {FrenchComponentDocs} from '../internal/docs-fr.ts';

/** The French reference of <ti-priority-cards>, beside its class JSDoc (English); read by the site only. */
export const priorityCardsDocsFr = {
  summary:
    'Les quatre priorités du programme Territoires d’industrie sous forme de fiches, chacune avec ce qu’elle couvre et le nombre de services qui y répondent. En choisir une peut piloter un `<ti-service-finder>` de la même page.',
  attributes: {
    selected:
      'L’identifiant de la priorité choisie (ecological-transition, innovation, skills-recruitment, industrial-land).',
    for: 'L’identifiant (`id`) d’un `<ti-service-finder>` de la page, dont l’attribut `priority` suit le choix.',
    layout: '`grid` (par défaut) ou `list`.',
    'heading-level': 'Niveau des titres des fiches, de 2 à 6.',
    theme:
      '`auto` (suit le mode sombre du système), `light`, `dark` ou `sober` ; toute autre valeur revient à `auto`, avec un avertissement dans la console.',
  },
  events: {
    'ti-priority-select':
      'L’utilisateur a choisi une priorité, ou l’a désélectionnée (`detail.priority` vaut null) ; `detail.elementId` est l’id de l’élément (null s’il n’en a pas).',
  },
  parts: {
    base: 'La liste des fiches.',
    card: 'Une fiche (`card selected` pour celle qui est choisie).',
    rank: 'Le numéro de la priorité.',
    title: 'Le titre de la priorité.',
    summary: 'Son résumé.',
    covers: 'La liste de ce qu’elle couvre.',
    button: 'Le bouton qui la choisit.',
  },
  cssProperties: {
    '--ti-priority-cards-gap': 'Espace entre les fiches.',
    '--ti-priority-cards-padding': 'Marge intérieure d’une fiche.',
    '--ti-priority-cards-background': 'Fond des fiches.',
    '--ti-priority-cards-border-color': 'Bordure des fiches.',
    '--ti-priority-cards-radius': 'Arrondi des coins des fiches.',
    '--ti-priority-cards-accent': 'Couleur du bouton et de la fiche choisie.',
    '--ti-priority-cards-title-size': 'Taille de police des titres.',
  },
} satisfies FrenchComponentDocs;
