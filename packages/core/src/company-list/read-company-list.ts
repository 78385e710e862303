import type {CompanyList} from './company-list.ts';
import {looksLikeIdentifier, namedColumn} from './identifier-column.ts';
import {LIST_LIMITS} from './limits.ts';
import {listError, type ListError, type ListErrorCode} from './list-error.ts';
import {detectDelimiter, parseCsv} from './parse-csv.ts';
import {textProblem} from './text-problem.ts';

/**
 * A parse result in the project's `Result` form (`reason` is the code), with the error's messages beside it.
 * Nothing in the text is evaluated: cells stay strings.
 */
export type CompanyListRead =
  | {
      ok: true;
      value: CompanyList;
      /** The first row names the identifier column (`siret`, …): read as a header, it certainly is one. */
      named: boolean;
    }
  | {ok: false; reason: ListErrorCode; error: ListError};

export interface ReadOptions {
  /** Whether the first row is a header (`true`) or data (`false`), as the user says; left out, it is guessed. */
  header?: boolean | undefined;
}

const failure = (code: ListErrorCode, line?: number): CompanyListRead => ({
  ok: false,
  reason: code,
  error: listError(code, line),
});

/**
 * Reads a CSV list of companies or places: UTF-8 with or without BOM, comma or semicolon, RFC 4180 quoting.
 * The identifiers are in the column named `siret`, `siren`, `insee`, `code_postal` or `commune` (in that order of
 * preference; case, accents and spaces do not count), else in the first column. The file has no header row when
 * the first row's first cell already looks like an identifier, or when that row is the only one and has one cell that
 * names no column.
 *
 * `options.header` overrides that guess, as spreadsheet import dialogs let users do. Only a header names columns:
 * a first row said to be data is read as data even when it names a column (`siret`), and the identifiers are
 * then in the first column, as in any list without a header. A header said to be there is the header even when
 * its first cell looks like an identifier; a list that is then only a header is `empty`, as it would be anyway.
 */
export function readCompanyList(
  text: string,
  options: ReadOptions = {}
): CompanyListRead {
  if (text.length > LIST_LIMITS.maxChars) return failure('too-large');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problem = textProblem(body);
  if (problem) return failure(problem);
  const delimiter = detectDelimiter(body);
  const parsed = parseCsv(body, delimiter, LIST_LIMITS.maxRows + 1);
  if (!parsed.ok) return failure(parsed.reason, parsed.line);
  const [first, ...rest] = parsed.records;
  if (!first) return failure('empty');
  const named = namedColumn(first);
  // A page's script may pass anything: only a boolean overrides the guess.
  const said = options?.header;
  // A lone line of one cell is data: one commune name pasted alone is a list of one. A lone line of several cells is
  // a header without rows (`empty`).
  const loneName = rest.length === 0 && first.length === 1;
  const hasHeader =
    typeof said === 'boolean'
      ? said
      : named >= 0 || (!looksLikeIdentifier(first[0] ?? '') && !loneName);
  const rows = hasHeader ? rest : parsed.records;
  if (rows.length === 0) return failure('empty');
  if (rows.length > LIST_LIMITS.maxRows) return failure('too-many-rows');
  return {
    ok: true,
    value: {
      headers: hasHeader ? first : [],
      rows,
      column: hasHeader ? Math.max(named, 0) : 0,
      delimiter,
      hasHeader,
    },
    named: named >= 0,
  };
}
