import {fail, ok, type Result} from '../result.ts';
import {GROUP_SEPARATOR, removeSeparators} from './separators.ts';
import {parseSiren, type SirenError} from './siren.ts';

/** A French intra-EU VAT number: `FR`, a 2-character key, the company's SIREN. */
export interface FrenchVat {
  /** Compact and upper-case: "FR40303265045". */
  vat: string;
  key: string;
  siren: string;
}

export type VatError =
  | 'empty'
  | 'not-french'
  | 'bad-format'
  | 'wrong-length'
  | 'bad-siren'
  | 'bad-key';

// Alphanumeric keys use this alphabet: I and O are left out so they cannot be read as 1 and 0.
const KEY_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
// Linear: each part is bounded or made of characters its neighbours cannot match.
const VAT_SHAPE = new RegExp(
  `^FR${GROUP_SEPARATOR}*([0-9A-Z]{2})${GROUP_SEPARATOR}*(\\d(?:${GROUP_SEPARATOR}*\\d)*)$`,
  'i'
);

/** The numeric key of a SIREN: (12 + 3 × (SIREN mod 97)) mod 97, on two digits. */
function numericKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

/**
 * True when `key` is the right key for the 9-digit `siren`. Numeric keys follow the mod-97 formula; keys with
 * a letter (given to some entities) follow the tax administration's mod-11 rule on their alphabet positions.
 */
export function isValidVatKey(key: string, siren: string): boolean {
  if (/^\d{2}$/.test(key)) return key === numericKey(siren);
  const first = KEY_ALPHABET.indexOf(key.charAt(0));
  const second = KEY_ALPHABET.indexOf(key.charAt(1));
  if (key.length !== 2 || first < 0 || second < 0) return false;
  const check =
    first < 10 ? first * 24 + second - 10 : first * 34 + second - 100;
  return (Number(siren) + 1 + Math.floor(check / 11)) % 11 === check % 11;
}

/** The VAT number of a company from its SIREN: "FR44732829320" for 732 829 320. */
export function vatFromSiren(siren: string): Result<string, SirenError> {
  const parsed = parseSiren(siren);
  return parsed.ok
    ? ok(`FR${numericKey(parsed.value)}${parsed.value}`)
    : parsed;
}

/** Reads a French VAT number, case-insensitive, separators allowed: "FR 40 303 265 045", "fr40303265045". */
export function parseVat(input: string): Result<FrenchVat, VatError> {
  const trimmed = input.trim();
  if (trimmed === '') return fail('empty');
  // Another member state's prefix ("DE", "BE"...) deserves its own answer.
  if (/^(?!fr)[a-z]{2}/i.test(trimmed)) return fail('not-french');
  const parts = VAT_SHAPE.exec(trimmed);
  if (!parts) return fail('bad-format');
  const key = parts[1]!.toUpperCase();
  const siren = removeSeparators(parts[2]!);
  if (siren.length !== 9) return fail('wrong-length');
  if (![...key].every((c) => KEY_ALPHABET.includes(c)))
    return fail('bad-format');
  if (!parseSiren(siren).ok) return fail('bad-siren');
  if (!isValidVatKey(key, siren)) return fail('bad-key');
  return ok({vat: `FR${key}${siren}`, key, siren});
}

/** True when `input` is a French VAT number whose SIREN and key are valid. */
export const isValidVat = (input: string): boolean => parseVat(input).ok;

/** "FR 40 303 265 045"; an input that is not a valid French VAT number comes back unchanged. */
export function formatVat(input: string, separator = ' '): string {
  const parsed = parseVat(input);
  if (!parsed.ok) return input;
  const {key, siren} = parsed.value;
  return ['FR', key, siren.slice(0, 3), siren.slice(3, 6), siren.slice(6)].join(
    separator
  );
}
