import type {Lang} from '../i18n/lang.ts';

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

const fr = {
  form: 'Vérifier les aides auxquelles vous pouvez prétendre',
  whoLegend: 'Qui êtes-vous ?',
  who: 'Vous êtes',
  size: 'Taille de l’entreprise',
  sizeUnknown: 'Non précisée',
  placeLegend: 'Où se situe le projet ?',
  place: 'Lieu',
  placeHint:
    'Nom de commune, code postal, code INSEE, SIREN ou SIRET, puis Entrée.',
  placeSubmit: 'Vérifier ce lieu',
  projectLegend: 'Quel projet ?',
  hires: 'Nombre de recrutements prévus',
  started: 'L’investissement a-t-il déjà commencé ?',
  startedUnknown: 'Non précisé',
  startedNo: 'Non, pas encore',
  startedYes: 'Oui, il a commencé',
  startedHint:
    'Certaines aides ne financent qu’un investissement qui n’a pas commencé avant la demande.',
  loading: 'Chargement des aides…',
  error: 'Les aides n’ont pas pu être chargées.',
  retry: 'Réessayer',
  placeLoading: 'Recherche du lieu…',
  placeError: 'Les communes n’ont pas pu être chargées.',
  candidates: 'Choisissez la commune',
  counts: (eligible: number, toCheck: number, notEligible: number) =>
    `${eligible} ${plural(eligible, 'éligible', 'éligibles')}, ${toCheck} à vérifier, ${notEligible} non ${plural(notEligible, 'éligible', 'éligibles')}`,
  invalidNaf: (value: string) =>
    `Code d’activité (NAF) non reconnu : « ${value} ». Il s’écrit par exemple 25.62B.`,
  invalidStarted: (value: string) =>
    `Réponse non reconnue sur le début de l’investissement : « ${value} ». Choisissez-la dans la liste.`,
  unknownWho: (value: string) =>
    `Type de bénéficiaire inconnu : « ${value} ». Choisissez-le dans la liste.`,
  unknownSize: (value: string) =>
    `Taille d’entreprise inconnue : « ${value} ». Choisissez-la dans la liste.`,
  unknownProjects: (values: string[]) =>
    `${plural(values.length, 'Type de projet inconnu', 'Types de projet inconnus')} : ${values.map((v) => `« ${v} »`).join(', ')}. Cochez les projets dans la liste.`,
  invalidHires: (value: string) =>
    `Nombre de recrutements invalide : « ${value} ». Indiquez un nombre entier, zéro ou plus.`,
};

const en: typeof fr = {
  form: 'Check the funding you may claim',
  whoLegend: 'Who are you?',
  who: 'You are',
  size: 'Company size',
  sizeUnknown: 'Not given',
  placeLegend: 'Where is the project?',
  place: 'Place',
  placeHint: 'Commune name, postcode, INSEE code, SIREN or SIRET, then Enter.',
  placeSubmit: 'Check this place',
  projectLegend: 'What project?',
  hires: 'Number of planned hires',
  started: 'Has the investment already started?',
  startedUnknown: 'Not given',
  startedNo: 'No, not yet',
  startedYes: 'Yes, it has started',
  startedHint:
    'Some schemes only fund an investment that has not started before the application.',
  loading: 'Loading the funding schemes…',
  error: 'The funding schemes could not be loaded.',
  retry: 'Try again',
  placeLoading: 'Looking up the place…',
  placeError: 'The communes could not be loaded.',
  candidates: 'Choose the commune',
  counts: (eligible: number, toCheck: number, notEligible: number) =>
    `${eligible} eligible, ${toCheck} to be checked, ${notEligible} not eligible`,
  invalidNaf: (value: string) =>
    `Unrecognised activity (NAF) code: “${value}”. It reads like 25.62B.`,
  invalidStarted: (value: string) =>
    `Unrecognised answer on the start of the investment: “${value}”. Choose one from the list.`,
  unknownWho: (value: string) =>
    `Unknown kind of applicant: “${value}”. Choose one from the list.`,
  unknownSize: (value: string) =>
    `Unknown company size: “${value}”. Choose one from the list.`,
  unknownProjects: (values: string[]) =>
    `${plural(values.length, 'Unknown kind of project', 'Unknown kinds of project')}: ${values.map((v) => `“${v}”`).join(', ')}. Tick the projects in the list.`,
  invalidHires: (value: string) =>
    `Invalid number of hires: “${value}”. Give a whole number, zero or more.`,
};

export type FundingWidgetTexts = typeof fr;
export const translations: Record<Lang, FundingWidgetTexts> = {fr, en};
