import {
  findCompanyIds,
  parseSiren,
  parseSiret,
} from '@ti-toolkit/core/identifiers';

/** What the adviser typed in the panel's search box, read as the panel acts on it. */
export type SearchQuery =
  | {kind: 'empty'}
  /** A SIREN or SIRET, typed alone or inside other text (a VAT number, "SIREN : …"): looked up by the worker. */
  | {kind: 'company'; identifier: string}
  /** Nine or fourteen digits whose check digit fails: a typo, not a place. */
  | {kind: 'invalid-number'}
  /** Anything else is a commune name, a postcode or an INSEE code, resolved locally (offline too). */
  | {kind: 'place'; place: string};

// Long enough for any commune name, short enough that a pasted page never reaches the parsers whole.
const MAX_LENGTH = 200;

/** Reads the search box the way the worker reads a 'look-up' text, so both agree on the identifier. */
export function readSearchQuery(input: string): SearchQuery {
  const text = input.trim().slice(0, MAX_LENGTH);
  if (text === '') return {kind: 'empty'};
  const siret = parseSiret(text);
  if (siret.ok) return {kind: 'company', identifier: siret.value};
  const siren = parseSiren(text);
  if (siren.ok) return {kind: 'company', identifier: siren.value};
  if (/^(\d{9}|\d{14})$/.test(text.replace(/[\s.-]/g, '')))
    return {kind: 'invalid-number'};
  const [first] = findCompanyIds(text);
  if (first) return {kind: 'company', identifier: first.siret ?? first.siren};
  return {kind: 'place', place: text};
}
