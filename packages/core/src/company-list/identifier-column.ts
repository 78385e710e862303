/**
 * The header names that say which column holds the identifiers, most precise first (spelled normalised), with the
 * prefix that says how the place resolver reads their cells: a postcode column's 01100 is no INSEE code. Company
 * columns take none: a number's length says what it is, and a SIREN typed in a `siret` column (as lists often have
 * it) is still found, as a company.
 */
const COLUMN_PREFIXES: Readonly<Record<string, string>> = {
  siret: '',
  siren: '',
  insee: 'insee:',
  codepostal: 'cp:',
  commune: 'nom:',
};
const COLUMN_NAMES = Object.keys(COLUMN_PREFIXES);

/** Case, accents, spaces, underscores, hyphens and dots do not count: "Code postal" is `code_postal`. */
export const normaliseHeader = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_.-]/g, '');

/** The index of the identifier column named in a header row, or -1. */
export function namedColumn(header: readonly string[]): number {
  const names = header.map(normaliseHeader);
  for (const wanted of COLUMN_NAMES) {
    const index = names.indexOf(wanted);
    if (index >= 0) return index;
  }
  return -1;
}

/** The place prefix for a column headed `name` (`cp:` for "Code postal"), or '' for a column of another name. */
export function columnPrefix(name: string): string {
  const normalised = normaliseHeader(name);
  // Own keys only: a header spelled "constructor" or "__proto__" names no column.
  return Object.hasOwn(COLUMN_PREFIXES, normalised)
    ? COLUMN_PREFIXES[normalised]!
    : '';
}

/** A SIRET, SIREN, INSEE code or postcode, as typed in a list (spaces and dots between groups allowed). */
export function looksLikeIdentifier(cell: string): boolean {
  const compact = cell
    .trim()
    .replace(/^(?:siret|siren|insee|cp):/i, '')
    .replace(/[\s.]/g, '');
  return /^(?:\d{14}|\d{9}|\d{5}|2[ab]\d{3})$/i.test(compact);
}
