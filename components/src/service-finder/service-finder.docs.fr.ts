import type {FrenchComponentDocs} from '../internal/docs-fr.ts';

/** The French reference of <ti-service-finder>, beside its class JSDoc (English); read by the site only. */
export const serviceFinderDocsFr = {
  summary:
    'Le panier de services du programme Territoires d’industrie : recherche au fil de la frappe, filtres avec le nombre de résultats de chaque option (priorité, bénéficiaire, type d’aide, opérateur, statut) et un lieu (commune, code postal, code INSEE, SIREN ou SIRET) dont il dit s’il est dans un territoire et à quels services il peut y prétendre. En français par défaut ; en anglais avec `lang="en"` sur l’élément ou un ancêtre.',
  attributes: {
    query: 'Texte libre à rechercher, tel que saisi.',
    priority:
      'Identifiants des priorités à filtrer, séparés par des virgules (ecological-transition, innovation, skills-recruitment, industrial-land).',
    beneficiary:
      'Bénéficiaires à filtrer, séparés par des virgules (company, local-authority…).',
    kind: 'Types d’aide à filtrer, séparés par des virgules (funding, engineering, support, recruitment, land).',
    operator:
      'Opérateurs à filtrer, séparés par des virgules (anct, bpifrance, ademe…).',
    status:
      'Statuts à filtrer, séparés par des virgules (open, running, upcoming, unconfirmed, closed).',
    place:
      'Un lieu à vérifier : nom de commune, code postal, code INSEE, SIREN (intercommunalité ou entreprise) ou SIRET ; préfixes `insee:`, `cp:`, `siren:`, `siret:`, `nom:`. Une fois le lieu identifié, le champ l’affiche tel qu’on l’écrit (« Saint-Denis (93) — Seine-Saint-Denis ») ; cette propriété garde la valeur donnée.',
    theme:
      '`auto` (suit le mode sombre du système), `light`, `dark` ou `sober` ; toute autre valeur revient à `auto`, avec un avertissement dans la console.',
    'url-sync':
      'Lit son état dans l’adresse de la page et l’y tient à jour (`ti-query`…, ou `ti-<id>-query`… si l’élément a un id), sans ajouter d’entrée à l’historique.',
    'company-api':
      'Origine de l’API d’entreprises interrogée pour le SIREN ou le SIRET d’une entreprise (un miroir, un serveur de test) ; `none` n’interroge rien. Par défaut, l’API publique Recherche d’entreprises.',
    'no-place':
      'Masque le champ du lieu (un attribut `place` s’applique toujours).',
    'report-url':
      'Adresse du lien « Signaler une erreur », où `{scheme}` tient lieu d’identifiant du dispositif ; en https, par défaut la page de signalement de la boîte à outils (sa version anglaise quand le composant parle anglais).',
    source:
      'Le nom de votre site, pour l’attribution : les liens « Comment candidater » portent alors `utm_source=<source>&utm_medium=ti-embed` (à la place des leurs) ; rien n’est ajouté sans cet attribut.',
    'heading-level': 'Niveau des titres des résultats, de 2 à 6.',
    sort: 'Ordre des résultats : `relevance` (par défaut), `deadline` (date de clôture la plus proche d’abord) ou `amount` (montant le plus élevé d’abord).',
  },
  events: {
    'ti-filters-change':
      'L’utilisateur a modifié le texte ou un filtre (jamais lors d’un changement d’attribut) ; `detail.elementId` est l’id de l’élément (null s’il n’en a pas).',
    'ti-place-resolve':
      'Un lieu (saisi, choisi parmi les propositions, ou donné par l’attribut `place`) a été identifié ; `detail.elementId` est l’id de l’élément (null s’il n’en a pas).',
  },
  parts: {
    base: 'Le conteneur de l’ensemble.',
    invalid: 'L’alerte qui liste les valeurs d’attribut non valides.',
    search: 'Le champ de recherche et son libellé.',
    'search-input': 'La zone de saisie de la recherche.',
    place: 'Le formulaire du lieu, son verdict et ses choix.',
    'place-input': 'La zone de saisie du lieu.',
    'place-button': 'Le bouton qui vérifie le lieu.',
    'place-answer': 'Le verdict sur le lieu (une région live `polite`).',
    verdict: 'Le titre du verdict (`data-status` indique lequel).',
    reason: 'Pourquoi, avec le millésime des données.',
    candidates: 'Les choix proposés pour un lieu ambigu.',
    candidate: 'Un bouton de choix.',
    'company-unreachable':
      'Que faire quand le SIREN ou le SIRET d’une entreprise n’a pas pu être localisé (autres saisies possibles sans annuaire, nouvel essai).',
    'place-retry':
      'Le bouton qui réessaie (les tables des lieux, ou l’annuaire des entreprises).',
    filters: 'Le panneau de filtres repliable (`details`).',
    'filters-summary': 'Son intitulé (`summary`), qui le replie et le déplie.',
    facet: 'Un groupe de filtres (`fieldset`).',
    option: 'Une option de filtre (un libellé et sa case à cocher).',
    'option-count': 'Le nombre de services que donne une option.',
    'clear-button': 'Le bouton qui efface la recherche et les filtres.',
    results: 'La zone des résultats.',
    count: 'Le nombre de résultats affiché à l’écran.',
    sort: 'L’ordre de tri, son libellé et sa liste déroulante.',
    'sort-select': 'La liste déroulante de l’ordre de tri.',
    list: 'La liste des résultats.',
    result:
      'Un service (`article`), compact jusqu’à ce qu’on active son titre.',
    title: 'Le titre d’un service (un élément de titre).',
    toggle:
      'Le bouton, dans le titre, qui affiche ou masque le détail du service (`aria-expanded`).',
    meta: 'La ligne compacte : statut, type d’aide, montant principal et disponibilité.',
    status: 'Le statut d’un service (`data-status` indique lequel).',
    badge: 'La pastille du statut.',
    kind: 'Le type d’aide.',
    'headline-amount': 'Le montant principal (`data-confirmed`).',
    availability:
      'Si le service est réservé aux Territoires d’industrie, et s’il est disponible pour le lieu.',
    more: 'Le détail d’un service, affiché à la demande.',
    'status-note':
      'Ce qui n’est pas confirmé, ou pourquoi le dispositif est clos.',
    summary: 'Le résumé d’un service.',
    scope:
      'Les territoires auxquels s’adresse un service réservé aux territoires retenus sur appel.',
    details: 'Opérateurs, bénéficiaires, montants et dates.',
    amounts: 'Les montants.',
    dates: 'Les dates et la date limite.',
    apply: 'Comment candidater.',
    source:
      'L’éditeur et la date de la source la plus récente de l’entrée du catalogue.',
    sources: 'Toutes les sources de l’entrée, dévoilées à la demande.',
    report: 'Le lien pour signaler une erreur dans l’entrée.',
    'show-more': 'Le bouton qui affiche les résultats suivants.',
    'review-notice':
      'L’avertissement affiché quand la dernière relecture du catalogue date de plus de six mois.',
    empty: 'L’état vide, quand aucun service ne correspond.',
  },
  cssProperties: {
    '--ti-service-finder-gap': 'Espace entre les blocs et entre les résultats.',
    '--ti-service-finder-padding': 'Marge intérieure d’un résultat.',
    '--ti-service-finder-background': 'Fond des résultats.',
    '--ti-service-finder-border-color':
      'Bordures des résultats, des champs et des groupes de filtres.',
    '--ti-service-finder-radius': 'Arrondi des coins.',
    '--ti-service-finder-accent': 'Couleur des boutons et des liens.',
    '--ti-service-finder-title-size':
      'Taille de police des titres des résultats.',
    '--ti-service-finder-filters-width':
      'Largeur du panneau de filtres, à côté des résultats dans les conteneurs larges.',
  },
} satisfies FrenchComponentDocs;
