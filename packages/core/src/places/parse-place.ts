import {INSEE_CODE} from '@ti-toolkit/data';
import {parseSiren, parseSiret} from '../identifiers/index.ts';
import {fail, ok, type Result} from '../result.ts';

/** What a typed place is, before any table is read. */
export type PlaceQuery =
  | {kind: 'insee'; code: string}
  | {kind: 'postcode'; code: string}
  /** A bare 5-digit input: both a postcode and an INSEE code may exist. */
  | {kind: 'insee-or-postcode'; code: string}
  | {kind: 'siren'; siren: string}
  | {kind: 'siret'; siret: string}
  /** `near` is a postcode or a department written after the name: "Saint-Denis 93200", "Saint-Denis (93)". */
  | {kind: 'name'; name: string; near?: string};

export type PlaceParseFailure =
  | 'empty'
  | 'too-long'
  | 'unknown-prefix'
  | 'invalid-insee'
  | 'invalid-postcode'
  | 'invalid-siren'
  | 'invalid-siret'
  | 'not-a-place';

/** Longer than any commune name or identifier: refused rather than searched. */
const MAX_LENGTH = 120;
const POSTCODE = /^\d{5}$/;
// The hint after a name, found on its own: one pattern for name and hint had overlapping quantifiers and took
// cubic time on a letter run followed by a blank run (10 ms at 120 characters).
const NEAR_HINT = /[\s,(]\s*(\d{5}|97\d|\d{2}|2[AB])\s*\)?$/iu;
const TRAILING_GAP = /[\s,]+$/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const PREFIX = /^([a-z]+):\s*(.*)$/i;

/**
 * Reads a place as typed: free text (commune name, postcode, INSEE code, SIREN, SIRET) or explicit with a prefix
 * (`insee:78224`, `cp:78620`, `siren:…`, `siret:…`, `nom:…`).
 */
export function parsePlace(
  input: string
): Result<PlaceQuery, PlaceParseFailure> {
  const text = input.trim();
  if (text === '') return fail('empty');
  if (text.length > MAX_LENGTH) return fail('too-long');
  const prefixed = PREFIX.exec(text);
  if (prefixed)
    return parsePrefixed(prefixed[1]!.toLowerCase(), prefixed[2]!.trim());
  const compact = text.replace(/[\s.\u00a0\u202f-]/g, '');
  if (INSEE_CODE.test(compact.toUpperCase()) && compact.length === text.length)
    return ok(
      /^\d+$/.test(compact)
        ? {kind: 'insee-or-postcode', code: compact}
        : {kind: 'insee', code: compact.toUpperCase()}
    );
  if (/^\d+$/.test(compact)) {
    if (compact.length === 9)
      return mapOk(parseSiren(compact), 'invalid-siren', (siren) => ({
        kind: 'siren',
        siren,
      }));
    if (compact.length === 14)
      return mapOk(parseSiret(compact), 'invalid-siret', (siret) => ({
        kind: 'siret',
        siret,
      }));
    return fail('not-a-place');
  }
  if (!/\p{L}/u.test(text)) return fail('not-a-place');
  return ok(nameNear(text) ?? {kind: 'name', name: text});
}

/** "Saint-Denis (93)": the name (with a letter, on one line) and the postcode or department after it. */
function nameNear(text: string): PlaceQuery | null {
  const hint = NEAR_HINT.exec(text);
  if (!hint) return null;
  const name = text.slice(0, hint.index).replace(TRAILING_GAP, '');
  if (!/\p{L}/u.test(name) || LINE_BREAK.test(name)) return null;
  return {kind: 'name', name, near: hint[1]!.toUpperCase()};
}

function parsePrefixed(
  prefix: string,
  value: string
): Result<PlaceQuery, PlaceParseFailure> {
  switch (prefix) {
    case 'insee':
      return INSEE_CODE.test(value.toUpperCase())
        ? ok({kind: 'insee', code: value.toUpperCase()})
        : fail('invalid-insee');
    case 'cp':
    case 'postcode':
      return POSTCODE.test(value)
        ? ok({kind: 'postcode', code: value})
        : fail('invalid-postcode');
    case 'siren':
      return mapOk(parseSiren(value), 'invalid-siren', (siren) => ({
        kind: 'siren',
        siren,
      }));
    case 'siret':
      return mapOk(parseSiret(value), 'invalid-siret', (siret) => ({
        kind: 'siret',
        siret,
      }));
    case 'nom':
    case 'name':
      return value === '' ? fail('empty') : ok({kind: 'name', name: value});
    default:
      return fail('unknown-prefix');
  }
}

function mapOk<T>(
  result: Result<string>,
  failure: PlaceParseFailure,
  make: (value: string) => T
): Result<T, PlaceParseFailure> {
  return result.ok ? ok(make(result.value)) : fail(failure);
}
