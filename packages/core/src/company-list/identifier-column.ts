/** The header names that say which column holds the identifiers, most precise first (spelled normalised). */
const COLUMN_NAMES = ['siret', 'siren', 'insee', 'codepostal', 'commune'];

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

/** A SIRET, SIREN, INSEE code or postcode, as typed in a list (spaces and dots between groups allowed). */
export function looksLikeIdentifier(cell: string): boolean {
  const compact = cell
    .trim()
    .replace(/^(?:siret|siren|insee|cp):/i, '')
    .replace(/[\s.]/g, '');
  return /^(?:\d{14}|\d{9}|\d{5}|2[ab]\d{3})$/i.test(compact);
}
