import type {Facet} from '@ti-toolkit/core/catalogue';
import type {Lang} from '../i18n/lang.ts';
import type {SortOrder} from './sort-results.ts';

// The words of the finder's templates (search, place, filters, results): loaded with them and the catalogue, since
// nothing but the loading line shows before; not in the first download.

const fr = {
  searchLabel: 'Rechercher un service',
  searchHint: 'Par exemple : recrutement, friche, ingénierie',
  filtersSummary: (selected: number) =>
    selected === 0
      ? 'Filtrer les services'
      : `Filtrer les services (${selected} choisi${selected > 1 ? 's' : ''})`,
  facets: {
    priority: 'Priorité',
    beneficiary: 'Bénéficiaire',
    kind: 'Type d’aide',
    operator: 'Opérateur',
    status: 'Statut',
  } satisfies Record<Facet, string>,
  clearFilters: 'Effacer la recherche et les filtres',
  invalid: (facet: string, values: string, valid: string) =>
    `Valeur inconnue pour « ${facet} » : ${values}. Valeurs possibles : ${valid}.`,
  placeLabel: 'Votre lieu ou votre entreprise',
  placeHint: 'Commune, code postal, code INSEE, SIREN ou SIRET',
  placeButton: 'Vérifier le lieu',
  placeLoading: 'Recherche du lieu…',
  placeError: 'Les tables du périmètre n’ont pas pu être chargées.',
  inTerritory: (name: string) => `Dans le Territoire d’industrie ${name}`,
  notInTerritory: 'Hors Territoire d’industrie',
  ambiguous: 'Plusieurs réponses possibles',
  notFound: 'Lieu introuvable',
  invalidPlace: 'Lieu non reconnu',
  perimeterDate: (date: string) => `Périmètre à jour du ${date}.`,
  candidates: 'Choisissez le bon lieu',
  retry: 'Réessayer',
  empty: 'Aucun service ne correspond à votre recherche.',
  emptyHint:
    'Essayez d’autres mots, ou effacez la recherche et les filtres pour revoir tous les services.',
  sortLabel: 'Trier par',
  sorts: {
    relevance: 'Pertinence',
    deadline: 'Date limite la plus proche',
    amount: 'Montant le plus élevé',
  } satisfies Record<SortOrder, string>,
  showMore: (next: number, shown: number, total: number) =>
    `Afficher ${next} ${next > 1 ? 'services' : 'service'} de plus (${shown} sur ${total} affichés)`,
  shown: (shown: number, total: number) =>
    `${shown} services affichés sur ${total}`,
  operators: 'Opérateurs',
  kind: 'Type d’aide',
  beneficiaries: 'Bénéficiaires',
  amounts: 'Montants',
  dates: 'Dates',
  opens: (date: string) => `ouverture le ${date}`,
  closes: (date: string) => `clôture le ${date}`,
  apply: (how: string) => `Comment candidater : ${how}`,
  applyAt: (url: string) => `adresse : ${url}`,
  closed: 'Ce dispositif est clos : il est montré pour mémoire.',
  status: 'Statut :',
  reserved: 'Réservé aux Territoires d’industrie',
  availableHere: 'Disponible ici',
  unavailableHere: 'Non disponible ici',
  available: 'disponible pour ce lieu',
  unavailable:
    'non disponible pour ce lieu, qui n’est pas dans un Territoire d’industrie',
  selected: 'Territoires retenus sur appel : à vérifier',
  selectedTerritories:
    'Réservé à certains Territoires d’industrie retenus : à vérifier auprès de l’opérateur.',
  selectedTerritoriesOpen:
    'Pour des territoires retenus sur appel, Territoires d’industrie ou non : à vérifier auprès de l’opérateur.',
  regional: (regions: string) => `Aide régionale : ${regions}`,
  unavailableRegion: 'non disponible pour ce lieu, situé dans une autre région',
};

const en: typeof fr = {
  searchLabel: 'Search for a service',
  searchHint: 'For example: hiring, brownfield, engineering',
  filtersSummary: (selected: number) =>
    selected === 0
      ? 'Filter the services'
      : `Filter the services (${selected} selected)`,
  facets: {
    priority: 'Priority',
    beneficiary: 'Beneficiary',
    kind: 'Kind of help',
    operator: 'Operator',
    status: 'Status',
  },
  clearFilters: 'Clear the search and the filters',
  invalid: (facet: string, values: string, valid: string) =>
    `Unknown value for “${facet}”: ${values}. Valid values: ${valid}.`,
  placeLabel: 'Your place or your company',
  placeHint: 'Commune, postcode, INSEE code, SIREN or SIRET',
  placeButton: 'Check the place',
  placeLoading: 'Looking up the place…',
  placeError: 'The perimeter tables could not be loaded.',
  inTerritory: (name: string) => `In the Territoire d’industrie ${name}`,
  notInTerritory: 'Not in a Territoire d’industrie',
  ambiguous: 'Several possible answers',
  notFound: 'Place not found',
  invalidPlace: 'Place not recognised',
  perimeterDate: (date: string) => `Perimeter as of ${date}.`,
  candidates: 'Choose the right place',
  retry: 'Try again',
  empty: 'No service matches your search.',
  emptyHint:
    'Try other words, or clear the search and the filters to see every service again.',
  sortLabel: 'Sort by',
  sorts: {
    relevance: 'Relevance',
    deadline: 'Soonest deadline',
    amount: 'Largest amount',
  },
  showMore: (next: number, shown: number, total: number) =>
    `Show ${next} more ${next > 1 ? 'services' : 'service'} (${shown} of ${total} shown)`,
  shown: (shown: number, total: number) =>
    `${shown} of ${total} services shown`,
  operators: 'Operators',
  kind: 'Kind of help',
  beneficiaries: 'Beneficiaries',
  amounts: 'Amounts',
  dates: 'Dates',
  opens: (date: string) => `opens on ${date}`,
  closes: (date: string) => `closes on ${date}`,
  apply: (how: string) => `How to apply: ${how}`,
  applyAt: (url: string) => `address: ${url}`,
  closed: 'This scheme is closed: it is shown for the record.',
  status: 'Status:',
  reserved: 'Reserved for Territoires d’industrie',
  availableHere: 'Available here',
  unavailableHere: 'Not available here',
  available: 'available for this place',
  unavailable:
    'not available for this place, which is not in a Territoire d’industrie',
  selected: 'Territories selected by a call: to be checked',
  selectedTerritories:
    'Reserved for selected Territoires d’industrie: check with the operator.',
  selectedTerritoriesOpen:
    'For territories selected by a call, whether Territoires d’industrie or not: check with the operator.',
  regional: (regions: string) => `Regional aid: ${regions}`,
  unavailableRegion: 'not available for this place, which is in another region',
};

export type TemplateTexts = typeof fr;
export const templateTexts: Record<Lang, TemplateTexts> = {fr, en};
