import {fail, type Result} from '../result.ts';
import {isLuhnValid} from './luhn.ts';
import {compactDigits} from './separators.ts';

export type SirenError =
  'empty' | 'not-digits' | 'wrong-length' | 'bad-checksum' | 'placeholder';

/** Nine zeros pass the checksum but are a placeholder, never a company: no reader accepts them. */
export const PLACEHOLDER_SIREN = '000000000';

/**
 * Reads a SIREN (9 digits, Luhn checksum, not the placeholder); spaces, dots, hyphens and no-break spaces between
 * groups are allowed.
 */
export function parseSiren(input: string): Result<string, SirenError> {
  const digits = compactDigits(input);
  if (!digits.ok) return digits;
  if (digits.value.length !== 9) return fail('wrong-length');
  if (!isLuhnValid(digits.value)) return fail('bad-checksum');
  if (digits.value === PLACEHOLDER_SIREN) return fail('placeholder');
  return digits;
}

/** True when `input` is a SIREN with a valid checksum. */
export const isValidSiren = (input: string): boolean => parseSiren(input).ok;

/** "732 829 320"; an input that is not 9 digits comes back unchanged, so a display never throws. */
export function formatSiren(input: string, separator = ' '): string {
  const digits = compactDigits(input);
  if (!digits.ok || digits.value.length !== 9) return input;
  const d = digits.value;
  return [d.slice(0, 3), d.slice(3, 6), d.slice(6)].join(separator);
}
