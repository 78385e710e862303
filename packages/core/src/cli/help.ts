import {
  BENEFICIARIES,
  COMPANY_SIZES,
  OPERATORS,
  PRIORITY_IDS,
  PROJECT_KINDS,
  SCHEME_KINDS,
  SCHEME_STATUSES,
} from '@ti-toolkit/data/catalogue';
import {DEFAULT_CACHE_TTL, DEFAULT_RATE_LIMIT} from '../company-api/index.ts';
import {
  LIST_COLUMNS,
  LIST_LIMITS,
  LIST_STATUS_LABELS,
} from '../company-list/index.ts';
import {numberFormat} from '../intl.ts';

const hours = (ms: number) => ms / 3_600_000;
const count = (n: number) => numberFormat('en').format(n);
const list = (values: readonly string[]) => values.join(', ');
const rate = DEFAULT_RATE_LIMIT;

const LANG = '  --lang fr|en         language of the output (default fr)';
const JSON_LINES = '  --json               one JSON object per line';
const HELP = '  -h, --help           this help';

/** `ti <command> --help` and `ti help <command>`: what each command does, its options and its exit status. */
export const COMMAND_HELP = {
  where: `ti where: is a place, or a company's establishment, in a Territoire d'industrie?

usage:
  ti where [options] PLACE...       the verdict for each place, with its reason
  ti where [options] -              one place per line on standard input
  ti where [options] --csv FILE|-   a CSV list (- for standard input), written back on standard output

PLACE: a commune name, postcode, INSEE code, SIREN or SIRET, or explicit: insee:78224 cp:78620 siren:… siret:… nom:…

options:
  --csv FILE|-         read a CSV list. The places are in the column named siret, siren, insee, code_postal or
                       commune (case, accents and spaces do not count), else in the first column; a file whose
                       first cell is already a SIRET, SIREN or code has no header row. Comma or semicolon, UTF-8
                       with or without BOM, at most ${count(LIST_LIMITS.maxRows)} rows and ${count(LIST_LIMITS.maxChars)} characters.
                       Writes the same rows in the same order, with the same delimiter, and these columns added:
                         ${list(LIST_COLUMNS)}
                       Any cell a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a
                       carriage return, spaces before it or not) is written with a ' before it.
  --cache FILE         keep the company directory's answers in FILE (JSON) between runs: a run interrupted and
                       started again with the same FILE asks only for the companies it has not answered yet.
                       Companies found are kept ${hours(DEFAULT_CACHE_TTL.foundMs)} hours, "not found" ${hours(DEFAULT_CACHE_TTL.notFoundMs)} hour; failures are not kept, so
                       they are asked again. A FILE that is not such a cache is refused and left as it is.
  --offline            no company directory: a company's SIREN or SIRET gets the status failed
${JSON_LINES} (not with --csv)
  --lang fr|en         language of the statuses and reasons (default fr)
${HELP}

Companies are looked up in the public directory (API Recherche d'entreprises) several at a time, within the
client's limits: ${rate.maxStarts} requests a second, ${rate.maxInFlight} at once. Answers are printed in the input's order. Progress
goes to standard error when it is a terminal. TI_API_URL sets another address for the directory.

statuses (in the CSV and JSON): ${list(Object.keys(LIST_STATUS_LABELS))}.
"failed" means the directory could not be asked or did not answer: the company is not "not found".

exit status:
  0    every place answered (not found, ambiguous and invalid are answers)
  1    at least one company lookup failed (status failed), or the file could not be read
  2    usage error, or a CSV or --cache file that cannot be used (the message says why)
  130  interrupted (Ctrl-C): the answers so far are written (--csv leaves the other rows blank) and kept with --cache`,

  scan: `ti scan: the companies a page names (SIREN, SIRET, VAT, RCS), ranked, and the one the extension would choose.

usage:
  ti scan [options] FILE...   HTML or text files
  ti scan [options] -         the page on standard input

options:
  --url URL            the page's address (registry pages name their company in it)
${JSON_LINES} per company
${LANG}
${HELP}

exit status:
  0    every file read
  1    a file could not be read (the others are still scanned)
  2    usage error`,

  company: `ti company: a company from the public directory (online) and the verdict for its establishment (SIRET) or
head office (SIREN).

usage:
  ti company [options] SIREN|SIRET

options:
${JSON_LINES}
${LANG}
${HELP}

exit status:
  0    found
  1    not found, or the directory could not be asked
  2    usage error, or not a valid SIREN or SIRET`,

  services: `ti services: the catalogue's schemes matching a text and filters, best first.

usage:
  ti services [options]

options:
  -q, --query TEXT     words to search for
  --priority P         ${list(PRIORITY_IDS)}
  --beneficiary B      ${list(BENEFICIARIES)}
  --kind K             ${list(SCHEME_KINDS)}
  --operator O         ${list(OPERATORS)}
  --status S           ${list(SCHEME_STATUSES)}, or available (open or running)
                       (each filter may be repeated or given as a comma-separated list)
${JSON_LINES} per scheme, with its sources
${LANG}
${HELP}

exit status:
  0    done (even with no scheme found)
  2    usage error or unknown filter value`,

  eligible: `ti eligible: every scheme's verdict for a profile, with its reasons and, where a rule allows, an estimate.

usage:
  ti eligible --place PLACE --who WHO [options]

options:
  --place PLACE        a commune, postcode, INSEE code, SIREN or SIRET (see ti where --help)
  --who WHO            ${list(BENEFICIARIES)} (required)
  --size S             ${list(COMPANY_SIZES)}
  --project P          ${list(PROJECT_KINDS)} (may be repeated)
  --hires N            planned hires
  --naf CODE           the company's activity code (NAF)
  --investment-started yes|no
  --offline            no company directory for a SIREN or SIRET
${JSON_LINES} per scheme
${LANG}
${HELP}

exit status:
  0    done
  2    usage error`,
} as const;

export type CommandName = keyof typeof COMMAND_HELP;
