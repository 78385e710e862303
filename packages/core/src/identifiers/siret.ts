import {fail, type Result} from '../result.ts';
import {digitSum, isLuhnValid} from './luhn.ts';
import {compactDigits} from './separators.ts';
import {isValidSiren} from './siren.ts';

export type SiretError =
  'empty' | 'not-digits' | 'wrong-length' | 'bad-siren' | 'bad-checksum';

const LA_POSTE_SIREN = '356000000';
// La Poste's head office predates the rule below and keeps a Luhn-valid SIRET whose digit sum is 26.
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/**
 * True when 14 digits carry a valid SIRET checksum: Luhn, except for La Poste's establishments
 * (SIREN 356000000), whose digit sum is a multiple of 5 instead, the head office excepted.
 */
export function hasValidSiretChecksum(digits: string): boolean {
  if (digits.startsWith(LA_POSTE_SIREN) && digits !== LA_POSTE_HEAD_OFFICE) {
    return digits.length === 14 && digitSum(digits) % 5 === 0;
  }
  return isLuhnValid(digits);
}

/** Reads a SIRET (14 digits: a valid SIREN and a 5-digit establishment number), separators allowed. */
export function parseSiret(input: string): Result<string, SiretError> {
  const digits = compactDigits(input);
  if (!digits.ok) return digits;
  if (digits.value.length !== 14) return fail('wrong-length');
  // The SIREN part first: a typo there is what the user needs to hear about.
  if (!isValidSiren(digits.value.slice(0, 9))) return fail('bad-siren');
  if (!hasValidSiretChecksum(digits.value)) return fail('bad-checksum');
  return digits;
}

/** True when `input` is a SIRET with valid checksums. */
export const isValidSiret = (input: string): boolean => parseSiret(input).ok;

/** "732 829 320 00074"; an input that is not 14 digits comes back unchanged. */
export function formatSiret(input: string, separator = ' '): string {
  const digits = compactDigits(input);
  if (!digits.ok || digits.value.length !== 14) return input;
  const d = digits.value;
  return [d.slice(0, 3), d.slice(3, 6), d.slice(6, 9), d.slice(9)].join(
    separator
  );
}
