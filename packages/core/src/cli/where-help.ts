import type {Lang} from '@ti-toolkit/data/catalogue';
import {DEFAULT_CACHE_TTL, DEFAULT_RATE_LIMIT} from '../company-api/index.ts';
import {
  LIST_COLUMNS,
  LIST_LIMITS,
  LIST_STATUS_LABELS,
} from '../company-list/index.ts';
import {numberFormat} from '../intl.ts';
import type {CommandHelp} from './help-format.ts';
import {HELP_OPTION, jsonOption, langHelp} from './help-options.ts';

const count = (n: number, lang: Lang) => numberFormat(lang).format(n);
const hours = (ms: number, lang: Lang) =>
  numberFormat(lang, {style: 'unit', unit: 'hour', unitDisplay: 'long'}).format(
    ms / 3_600_000
  );
const {maxRows, maxChars} = LIST_LIMITS;
const {foundMs, notFoundMs} = DEFAULT_CACHE_TTL;
const {maxStarts, maxInFlight} = DEFAULT_RATE_LIMIT;
const columns = LIST_COLUMNS.join(', ');
const statuses = Object.keys(LIST_STATUS_LABELS).join(', ');

export const WHERE_HELP: CommandHelp = {
  summary: {
    fr: 'un lieu, ou l’établissement d’une entreprise, est-il dans un Territoire d’industrie ?',
    en: "is a place, or a company's establishment, in a Territoire d'industrie?",
  },
  usage: [
    {
      fr: 'ti where [options] LIEU...          la réponse pour chaque lieu, avec son explication',
      en: 'ti where [options] PLACE...       the verdict for each place, with its reason',
    },
    {
      fr: 'ti where [options] -                un lieu par ligne sur l’entrée standard',
      en: 'ti where [options] -              one place per line on standard input',
    },
    {
      fr: 'ti where [options] --csv FICHIER|-  une liste CSV (- pour l’entrée standard), rendue complétée sur la sortie standard',
      en: 'ti where [options] --csv FILE|-   a CSV list (- for standard input), written back on standard output',
    },
  ],
  details: {
    fr: 'LIEU : un nom de commune, un code postal, un code INSEE, un SIREN ou un SIRET, ou avec un préfixe : insee:78224 cp:78620 siren:… siret:… nom:…',
    en: 'PLACE: a commune name, postcode, INSEE code, SIREN or SIRET, or explicit: insee:78224 cp:78620 siren:… siret:… nom:…',
  },
  options: [
    {
      flags: '--csv',
      value: {fr: 'FICHIER|-', en: 'FILE|-'},
      text: {
        fr: `lit une liste CSV. Les lieux sont dans la colonne nommée siret, siren, insee, code_postal ou commune
(majuscules, accents et espaces ne comptent pas), sinon dans la première colonne ; un fichier dont la
première cellule est déjà un SIRET, un SIREN ou un code n’a pas de ligne d’en-tête. Virgule ou point-virgule,
UTF-8 avec ou sans BOM, au plus ${count(maxRows, 'fr')} lignes et ${count(maxChars, 'fr')} caractères.
Écrit les mêmes lignes dans le même ordre, avec le même séparateur (un point-virgule pour une liste
d’une seule colonne), et ces colonnes en plus :
  ${columns}
Toute cellule qu’un tableur lirait comme une formule (qui commence par =, +, -, @, une tabulation ou un
retour chariot, avec ou sans espaces devant) est écrite avec une apostrophe (') devant.`,
        en: `read a CSV list. The places are in the column named siret, siren, insee, code_postal or
commune (case, accents and spaces do not count), else in the first column; a file whose
first cell is already a SIRET, SIREN or code has no header row. Comma or semicolon, UTF-8
with or without BOM, at most ${count(maxRows, 'en')} rows and ${count(maxChars, 'en')} characters.
Writes the same rows in the same order, with the same delimiter (a semicolon for a list of one
column), and these columns added:
  ${columns}
Any cell a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a
carriage return, spaces before it or not) is written with a ' before it.`,
      },
    },
    {
      flags: '--header',
      value: {fr: 'yes|no', en: 'yes|no'},
      text: {
        fr: `avec --csv : dit si la première ligne est un en-tête (yes) ou une ligne de la liste (no), au lieu
de le deviner. Utile pour une liste de noms de communes sans en-tête, dont la première serait perdue.`,
        en: `with --csv: says whether the first line is a header (yes) or a row of the list (no), instead of
guessing it. Useful for a list of commune names without a header, whose first would be lost.`,
      },
    },
    {
      flags: '--cache',
      value: {fr: 'FICHIER', en: 'FILE'},
      text: {
        fr: `garde les réponses de l’annuaire des entreprises dans FICHIER (JSON) d’une exécution à l’autre :
une exécution interrompue puis relancée avec le même FICHIER ne redemande que les entreprises restées
sans réponse. Les entreprises trouvées sont gardées ${hours(foundMs, 'fr')}, les « not-found » ${hours(notFoundMs, 'fr')} ; les échecs
ne sont pas gardés et sont donc redemandés. Un FICHIER qui n’est pas un tel cache est refusé et laissé tel quel.`,
        en: `keep the company directory's answers in FILE (JSON) between runs: a run interrupted and
started again with the same FILE asks only for the companies it has not answered yet.
Companies found are kept ${hours(foundMs, 'en')}, "not found" ${hours(notFoundMs, 'en')}; failures are not kept, so
they are asked again. A FILE that is not such a cache is refused and left as it is.`,
      },
    },
    {
      flags: '--offline',
      text: {
        fr: 'sans l’annuaire des entreprises : le SIREN ou le SIRET d’une entreprise reçoit le statut failed',
        en: "no company directory: a company's SIREN or SIRET gets the status failed",
      },
    },
    jsonOption(
      {fr: 'lieu', en: 'place'},
      {fr: ' (pas avec --csv)', en: ' (not with --csv)'}
    ),
    langHelp({
      fr: 'des statuts et des explications',
      en: 'of the statuses and reasons',
    }),
    HELP_OPTION,
  ],
  notes: {
    fr: `Les entreprises sont cherchées dans l’annuaire public des entreprises (API Recherche d’entreprises), plusieurs
à la fois, dans les limites du client : ${maxStarts} requêtes par seconde, ${maxInFlight} en même temps. Les réponses sont écrites
dans l’ordre de l’entrée. L’avancement s’affiche sur la sortie d’erreur quand c’est un terminal. TI_API_URL
donne une autre adresse pour l’annuaire.

statuts (dans le CSV et le JSON) : ${statuses}.
« failed » veut dire que l’annuaire n’a pas pu être interrogé ou n’a pas répondu : l’entreprise n’est pas « not-found ».`,
    en: `Companies are looked up in the public directory (API Recherche d'entreprises) several at a time, within the
client's limits: ${maxStarts} requests a second, ${maxInFlight} at once. Answers are printed in the input's order. Progress
goes to standard error when it is a terminal. TI_API_URL sets another address for the directory.

statuses (in the CSV and JSON): ${statuses}.
"failed" means the directory could not be asked or did not answer: the company is not "not found".`,
  },
  exitStatus: [
    {
      code: 0,
      text: {
        fr: 'chaque lieu a sa réponse (not-found, ambiguous et invalid sont des réponses)',
        en: 'every place answered (not found, ambiguous and invalid are answers)',
      },
    },
    {
      code: 1,
      text: {
        fr: 'au moins une recherche d’entreprise a échoué (statut failed), ou le fichier n’a pas pu être lu',
        en: 'at least one company lookup failed (status failed), or the file could not be read',
      },
    },
    {
      code: 2,
      text: {
        fr: 'erreur d’utilisation, ou fichier CSV ou --cache inutilisable (le message dit pourquoi)',
        en: 'usage error, or a CSV or --cache file that cannot be used (the message says why)',
      },
    },
    {
      code: 130,
      text: {
        fr: 'interrompu (Ctrl-C) : les réponses déjà obtenues sont écrites (avec --csv, les autres lignes restent vides)\net gardées avec --cache',
        en: 'interrupted (Ctrl-C): the answers so far are written (--csv leaves the other rows blank) and kept with --cache',
      },
    },
  ],
};
