import type {Lang} from '../i18n/lang.ts';
import type {PlaceStatus} from '@ti-toolkit/core/places';
import type {RowFilter} from './list-check.outcome.ts';

const fr = {
  title: 'Vérifier une liste d’entreprises',
  intro:
    'Une entreprise par ligne (SIRET, SIREN, code INSEE, code postal ou commune), ou un fichier CSV avec une colonne siret, siren, insee, code_postal ou commune (sinon la première colonne est lue).',
  file: 'Choisir un fichier CSV',
  drop: 'ou déposez le fichier ici',
  paste: 'Ou collez la liste',
  check: 'Vérifier la liste',
  pasteEmpty: 'Collez au moins une ligne avant de lancer la vérification.',
  reading: 'Lecture du fichier…',
  encoding:
    'Le fichier n’est pas encodé en UTF-8 (des caractères sont illisibles). Enregistrez-le au format « CSV UTF-8 ».',
  unreadable: 'Le fichier n’a pas pu être lu.',
  codeError:
    'Le vérificateur de listes n’a pas pu être chargé. Vérifiez la connexion, puis réessayez.',
  tooLarge: (max: string) =>
    `Le fichier est trop gros : ${max} octets au plus. Découpez la liste.`,
  previous: (done: string, total: string, date: string) =>
    `Une liste commencée le ${date} est enregistrée dans ce navigateur : ${done} lignes vérifiées sur ${total}.`,
  resumePrevious: 'Reprendre la liste précédente',
  forgetPrevious: 'Oublier cette liste',
  progressLabel: 'Avancement de la vérification',
  columnNamed: (name: string) =>
    `Colonne lue : « ${name} » (la première ligne est lue comme en-tête).`,
  columnNumber: (n: number) =>
    `Pas de ligne d’en-tête : la colonne ${n} est lue.`,
  headerLine: 'La première ligne est un en-tête',
  progress: (percent: string, done: string, total: string) =>
    `${percent} : ${done} lignes vérifiées sur ${total}.`,
  finished: (total: string) =>
    `Vérification terminée : ${total} lignes vérifiées.`,
  pausedNote: 'Vérification en pause.',
  cancelled: 'Vérification annulée : la liste a été oubliée.',
  tablesFailed:
    'Les données des communes n’ont pas pu être chargées : la vérification est en pause. Reprenez quand la connexion revient.',
  pause: 'Mettre en pause',
  resume: 'Reprendre',
  cancel: 'Annuler',
  retryFailed: (n: number) =>
    `Réessayer ${n > 1 ? `les ${n} lignes en échec` : 'la ligne en échec'}`,
  download: 'Télécharger le résultat (CSV)',
  newList: 'Vérifier une autre liste',
  stored:
    'La liste et ses réponses restent dans ce navigateur jusqu’à l’annulation, ou jusqu’au téléchargement du résultat complet.',
  filterLegend: 'Afficher',
  filters: {
    all: 'Toutes',
    in: 'Dans un territoire',
    out: 'Hors territoire',
    other: 'À préciser',
    failed: 'En échec',
  } satisfies Record<RowFilter, string>,
  filterCount: (label: string, n: string) => `${label} (${n})`,
  caption: (from: string, to: string, kept: string, total: string) =>
    kept === total
      ? `Résultats : lignes ${from} à ${to} sur ${total}`
      : `Résultats : lignes ${from} à ${to} sur ${kept} retenues par le filtre (${total} dans la liste)`,
  captionNone: (total: string) =>
    `Résultats : aucune ligne retenue par le filtre (${total} dans la liste)`,
  pagesLabel: 'Pages du tableau',
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  pageOf: (page: string, pages: string) => `Page ${page} sur ${pages}`,
  columns: {
    row: 'Ligne',
    input: 'Valeur lue',
    territory: 'Territoire',
    status: 'Statut',
    reason: 'Raison',
    commune: 'Commune',
    epci: 'Intercommunalité',
    handOff: 'Passer le relais',
  },
  handOffRow: (row: string, company: string) =>
    company ? `, ligne ${row} : ${company}` : `, ligne ${row}`,
  pending: 'En attente',
  failedStatus: 'Échec de l’annuaire',
  statuses: {
    'in-territory': 'Dans un territoire',
    'not-in-territory': 'Hors territoire',
    'unknown-commune': 'Commune inconnue',
    ambiguous: 'Ambigu',
    'not-found': 'Introuvable',
    invalid: 'Invalide',
  } satisfies Record<PlaceStatus, string>,
  fileName: 'liste-verifiee',
};

const en: typeof fr = {
  title: 'Check a list of companies',
  intro:
    'One company per line (SIRET, SIREN, INSEE code, postcode or commune), or a CSV file with a siret, siren, insee, code_postal or commune column (else the first column is read).',
  file: 'Choose a CSV file',
  drop: 'or drop the file here',
  paste: 'Or paste the list',
  check: 'Check the list',
  pasteEmpty: 'Paste at least one line before starting the check.',
  reading: 'Reading the file…',
  encoding:
    'The file is not UTF-8 encoded (some characters cannot be read). Save it as “CSV UTF-8”.',
  unreadable: 'The file could not be read.',
  codeError:
    'The list checker could not be loaded. Check the connection, then try again.',
  tooLarge: (max: string) =>
    `The file is too large: ${max} bytes at most. Split the list.`,
  previous: (done: string, total: string, date: string) =>
    `A list started on ${date} is kept in this browser: ${done} of ${total} rows checked.`,
  resumePrevious: 'Resume the previous list',
  forgetPrevious: 'Forget this list',
  progressLabel: 'Progress of the check',
  columnNamed: (name: string) =>
    `Column read: “${name}” (the first line is read as headers).`,
  columnNumber: (n: number) => `No header line: column ${n} is read.`,
  headerLine: 'The first line is a header',
  progress: (percent: string, done: string, total: string) =>
    `${percent}: ${done} of ${total} rows checked.`,
  finished: (total: string) => `Check finished: ${total} rows checked.`,
  pausedNote: 'Check paused.',
  cancelled: 'Check cancelled: the list was forgotten.',
  tablesFailed:
    'The commune data could not be loaded: the check is paused. Resume when the connection is back.',
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel',
  retryFailed: (n: number) =>
    `Try ${n > 1 ? `the ${n} failed rows` : 'the failed row'} again`,
  download: 'Download the result (CSV)',
  newList: 'Check another list',
  stored:
    'The list and its answers stay in this browser until you cancel, or until you download the complete result.',
  filterLegend: 'Show',
  filters: {
    all: 'All',
    in: 'In a territory',
    out: 'Not in a territory',
    other: 'To be clarified',
    failed: 'Failed',
  },
  filterCount: (label: string, n: string) => `${label} (${n})`,
  caption: (from: string, to: string, kept: string, total: string) =>
    kept === total
      ? `Results: rows ${from} to ${to} of ${total}`
      : `Results: rows ${from} to ${to} of ${kept} kept by the filter (${total} in the list)`,
  captionNone: (total: string) =>
    `Results: no row kept by the filter (${total} in the list)`,
  pagesLabel: 'Table pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
  columns: {
    row: 'Row',
    input: 'Value read',
    territory: 'Territory',
    status: 'Status',
    reason: 'Reason',
    commune: 'Commune',
    epci: 'Intercommunality',
    handOff: 'Hand on',
  },
  handOffRow: (row: string, company: string) =>
    company ? `, row ${row}: ${company}` : `, row ${row}`,
  pending: 'Waiting',
  failedStatus: 'Directory failure',
  statuses: {
    'in-territory': 'In a territory',
    'not-in-territory': 'Not in a territory',
    'unknown-commune': 'Unknown commune',
    ambiguous: 'Ambiguous',
    'not-found': 'Not found',
    invalid: 'Invalid',
  },
  fileName: 'checked-list',
};

export const translations: Record<Lang, typeof fr> = {fr, en};
