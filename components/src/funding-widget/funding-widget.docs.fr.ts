import type {FrenchComponentDocs} from '../internal/docs-fr.ts';

/** The French reference of <ti-funding-widget>, beside its class JSDoc (English); read by the site only. */
export const fundingWidgetDocsFr = {
  summary:
    'Les aides du programme Territoires d’industrie après un court test d’éligibilité (qui vous êtes, où, quel projet) : les dispositifs qui conviennent, ceux à vérifier et les autres (repliés), chacun sur une ligne avec son verdict, son statut et une estimation quand la règle le permet, puis à la demande le pourquoi, ses montants et comment candidater.',
  attributes: {
    who: 'Qui fait la demande : company, local-authority, training-body, association, employer-group, young-graduate, developer.',
    size: 'La taille de l’entreprise : micro, sme, mid-cap ou large (lue quand `who` vaut company).',
    place:
      'Le lieu : nom de commune, code postal, code INSEE, SIREN d’intercommunalité ou d’entreprise, SIRET (préfixes `insee:`, `cp:`, `siren:`, `siret:` acceptés) ; une fois le lieu identifié, le champ l’affiche tel qu’on l’écrit.',
    'company-api':
      'Origine de l’API d’entreprises interrogée pour le SIREN ou le SIRET d’une entreprise (un miroir, un serveur de test) ; `none` n’interroge rien. Par défaut, l’API publique Recherche d’entreprises.',
    project:
      'Types de projet, séparés par des virgules (hiring, innovation, studies…).',
    hires:
      'Nombre de recrutements prévus, un nombre entier, pour les estimations par recrutement (lu quand `project` contient hiring).',
    naf: 'Le code NAF (APE) de l’entreprise, par exemple `25.62B` : les dispositifs réservés à l’industrie le lisent.',
    'investment-started':
      'Si l’investissement a commencé : `yes`, `no`, ou vide quand on ne le sait pas.',
    'report-url':
      'Adresse du lien « Signaler une erreur », où `{scheme}` tient lieu d’identifiant du dispositif ; en https, par défaut la page de signalement de la boîte à outils (sa version anglaise quand le composant parle anglais).',
    source:
      'Le nom de votre site, pour l’attribution : les liens « Comment candidater » portent alors `utm_source=<source>&utm_medium=ti-embed` (à la place des leurs) ; rien n’est ajouté sans cet attribut.',
    theme:
      '`auto` (suit le mode sombre du système), `light`, `dark` ou `sober` ; toute autre valeur revient à `auto`, avec un avertissement dans la console.',
    'heading-level':
      'Niveau des titres des groupes, de 2 à 6 ; les titres des dispositifs sont un niveau en dessous.',
  },
  events: {
    'ti-eligibility-change':
      'L’utilisateur a modifié une réponse ; `detail` contient le profil et le verdict de chaque dispositif ; `detail.elementId` est l’id de l’élément (null s’il n’en a pas).',
    'ti-place-resolve':
      'Un lieu (saisi, choisi ou donné par attribut) a été identifié ; la réponse est dans `detail.answer` ; `detail.elementId` est l’id de l’élément (null s’il n’en a pas).',
  },
  parts: {
    base: 'Le conteneur de tout le widget.',
    messages: 'L’alerte qui liste les valeurs d’attribut ignorées.',
    form: 'Le formulaire de questions.',
    fieldset: 'Chaque groupe de questions.',
    field: 'Un libellé et son champ.',
    'place-button': 'Le bouton qui vérifie le lieu.',
    place: 'Le verdict sur le lieu identifié (une région live `polite`).',
    candidates: 'La liste des choix pour un lieu ambigu.',
    candidate: 'Un choix (un bouton).',
    'company-unreachable':
      'Que faire quand le SIREN ou le SIRET d’une entreprise n’a pas pu être localisé (autres saisies possibles sans annuaire, nouvel essai).',
    'place-retry':
      'Le bouton qui réessaie (les tables des lieux, ou l’annuaire des entreprises).',
    results: 'Les résultats : décomptes et groupes.',
    counts: 'Le nombre de dispositifs par verdict (une région live `polite`).',
    group: 'Les dispositifs d’un même verdict (`data-verdict`).',
    'group-title': 'Son titre (un élément de titre).',
    'group-toggle':
      'Le bouton, dans le titre, qui replie ou déplie le groupe (`aria-expanded`) ; le groupe des non éligibles est replié au départ.',
    list: 'Sa liste.',
    result:
      'Un dispositif (`data-verdict`, `data-scheme`), compact jusqu’à ce qu’on active son titre.',
    title: 'Le titre du dispositif (un élément de titre).',
    toggle:
      'Le bouton, dans le titre, qui affiche ou masque le détail du dispositif (`aria-expanded`).',
    meta: 'La ligne compacte : verdict, statut, et l’estimation ou le montant principal.',
    verdict: 'Le libellé de son verdict.',
    status:
      'Son statut (`data-status` : open, running, upcoming, unconfirmed, closed).',
    estimate:
      'L’estimation d’après les réponses (`data-confirmed`) ; jamais sur un dispositif écarté.',
    'headline-amount':
      'Le montant principal, quand il n’y a pas d’estimation (`data-confirmed`).',
    more: 'Le détail d’un dispositif, affiché à la demande.',
    'status-note':
      'Ce qui n’est pas confirmé, pour un dispositif non confirmé.',
    description: 'Son résumé.',
    amounts: 'Ses montants.',
    reasons: 'Les raisons du verdict.',
    reason: 'Une raison (`data-met` : met, notMet, toCheck).',
    facts: 'Opérateur, date limite et comment candidater.',
    apply: 'Le lien pour candidater (https seulement).',
    source:
      'L’éditeur et la date de la source la plus récente de l’entrée du catalogue.',
    sources: 'Toutes les sources de l’entrée, dévoilées à la demande.',
    report: 'Le lien pour signaler une erreur dans l’entrée.',
    'hand-off':
      'Quand le lieu est une entreprise : les liens vers le service public des conseillers aux entreprises (Conseillers-Entreprises, SIRET prérempli) et vers sa page sur l’annuaire public des entreprises.',
    'hand-off-link': 'Chacun de ces liens.',
    'review-notice':
      'L’avertissement affiché quand la dernière relecture du catalogue date de plus de six mois.',
  },
  cssProperties: {
    '--ti-funding-widget-gap': 'Espace entre les blocs et entre les résultats.',
    '--ti-funding-widget-padding':
      'Marge intérieure du formulaire et de chaque résultat.',
    '--ti-funding-widget-background': 'Fond du formulaire et des résultats.',
    '--ti-funding-widget-border-color': 'Bordures.',
    '--ti-funding-widget-radius': 'Arrondi des coins.',
    '--ti-funding-widget-accent': 'Boutons et focus des choix.',
    '--ti-funding-widget-eligible-color': 'Couleur du verdict « éligible ».',
    '--ti-funding-widget-to-check-color': 'Couleur du verdict « à vérifier ».',
    '--ti-funding-widget-not-eligible-color':
      'Couleur du verdict « non éligible ».',
    '--ti-funding-widget-title-size':
      'Taille de police des titres des dispositifs.',
  },
} satisfies FrenchComponentDocs;
