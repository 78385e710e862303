import type {FrenchComponentDocs} from '../internal/docs-fr.ts';

/** The French reference of <ti-list-check>, beside its class JSDoc (English); read by the site only. */
export const listCheckDocsFr = {
  summary:
    'Vérifie toute une liste d’entreprises ou de lieux (collée, ou un fichier CSV déposé ou choisi) : un tableau qui se remplit au fil des réponses, avec l’avancement, la pause, la reprise après un rechargement, des filtres et le résultat en CSV.',
  attributes: {
    'company-api':
      'Origine de l’API d’entreprises interrogée pour les SIREN et SIRET (un miroir, un serveur de test) ; `none` n’interroge rien. Par défaut, l’API publique Recherche d’entreprises.',
    'no-store':
      'Ne garde rien dans le navigateur : pas de reprise après un rechargement.',
    theme:
      '`auto` (suit le mode sombre du système), `light`, `dark` ou `sober` ; toute autre valeur revient à `auto`, avec un avertissement dans la console.',
  },
  events: {
    'ti-list-progress':
      'Une ligne a reçu sa réponse ; `detail` : `answered`, `total`, `counts` par résultat, `elementId`.',
    'ti-list-done':
      'Toutes les lignes ont leur réponse ; `detail` : `total`, `counts` par résultat, `elementId`.',
  },
  parts: {
    base: 'L’enveloppe.',
    form: 'Le champ à coller, le champ de fichier et la zone de dépôt, avant la vérification d’une liste.',
    drop: 'La zone où déposer un fichier (le champ de fichier qu’elle contient est le chemin du clavier).',
    previous: 'La proposition de reprendre la liste gardée dans le navigateur.',
    error: 'Pourquoi un fichier ou un texte collé n’a pas pu être lu.',
    progress: 'La barre d’avancement.',
    'progress-text': 'Les lignes vérifiées jusqu’ici, sous la barre.',
    'header-choice':
      'La case qui dit si la première ligne de la liste est un en-tête (montrée sauf quand elle nomme la colonne lue).',
    controls:
      'Les boutons pause/reprise, annuler, réessayer, télécharger et nouvelle liste.',
    filters: 'Le groupe de boutons radio des filtres.',
    'table-wrapper': 'La boîte défilante autour du tableau.',
    table: 'Le tableau des résultats.',
    pages:
      'Les boutons page précédente et page suivante sous le tableau, au-delà de 100 lignes.',
    row: 'Une ligne du tableau ; `data-outcome` vaut `in`, `out`, `other`, `failed` ou `pending`.',
    status: 'La cellule du statut d’une ligne.',
    'territory-id': 'L’identifiant d’un territoire, après son nom.',
    'hand-off':
      'La cellule d’une entreprise trouvée, avec ses liens pour passer le relais.',
    'hand-off-link':
      'Le lien vers le service public des conseillers aux entreprises (SIRET prérempli s’il est valide) ou vers la fiche de l’entreprise sur l’annuaire public.',
  },
  cssProperties: {
    '--ti-list-check-accent':
      'Couleur des boutons, de la bordure de la zone de dépôt et de la barre d’avancement.',
    '--ti-list-check-border-color':
      'Bordures du tableau et de la zone de dépôt.',
    '--ti-list-check-radius':
      'Arrondi des coins des boutons, des champs et de la zone de dépôt.',
    '--ti-list-check-max-height': 'Hauteur de la boîte défilante du tableau.',
  },
} satisfies FrenchComponentDocs;
