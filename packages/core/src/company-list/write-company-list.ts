import type {CompanyList} from './company-list.ts';
import {LIST_COLUMNS, type ListAnswer} from './list-answer.ts';
import {neutraliseCell} from './neutralise-cell.ts';

/**
 * The list's rows, in its order, with the answer columns appended (empty cells where `answers[i]` is undefined),
 * under the header row when the list had one. Same delimiter; RFC 4180 quoting and CRLF line ends; every cell,
 * the input's included, neutralised against formulas. It starts with a BOM so that spreadsheets read it as UTF-8.
 */
export function writeCompanyList(
  list: CompanyList,
  answers: readonly (ListAnswer | undefined)[]
): string {
  let width = list.headers.length;
  for (const row of list.rows) width = Math.max(width, row.length);
  const line = (cells: readonly string[], appended: readonly string[]) =>
    [...pad(cells, width), ...appended]
      .map((cell) => quoteCell(neutraliseCell(cell), list.delimiter))
      .join(list.delimiter);
  const lines = list.hasHeader ? [line(list.headers, LIST_COLUMNS)] : [];
  list.rows.forEach((row, i) => {
    const answer = answers[i];
    lines.push(
      line(
        row,
        LIST_COLUMNS.map((column) => answer?.[column] ?? '')
      )
    );
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Short rows get empty cells, so that the appended columns line up. */
const pad = (cells: readonly string[], width: number) =>
  cells.length >= width
    ? cells
    : [...cells, ...Array<string>(width - cells.length).fill('')];

export function quoteCell(cell: string, delimiter: ',' | ';'): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell)
    ? `"${cell.replaceAll('"', '""')}"`
    : cell;
}
