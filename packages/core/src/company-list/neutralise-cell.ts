/**
 * A cell that a spreadsheet would read as a formula, made text. OWASP's advice against CSV injection: no cell may
 * begin with `=`, `+`, `-`, `@`, a tab or a carriage return, and a single quote before it makes the cell text
 * (https://owasp.org/www-community/attacks/CSV_Injection; OWASP ASVS requirement 1.2.10, "CSV and Formula
 * Injection"). Spreadsheets skip leading spaces before a formula sign, so those count too.
 */
export function neutraliseCell(cell: string): string {
  return /^(?:[\t\r]|\s*[=+\-@])/.test(cell) ? `'${cell}` : cell;
}
