// fast-check generators for the property tests of the identifiers (test code only: nothing ships it).
// The checksums are computed here independently of luhn.ts, so a bug there cannot hide itself.
import fc from 'fast-check';

/** The digit that makes `digits` + it pass Luhn: textbook version, doubling every second digit from the right. */
export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  [...digits].reverse().forEach((char, i) => {
    const digit = Number(char) * (i % 2 === 0 ? 2 : 1);
    sum += digit > 9 ? digit - 9 : digit;
  });
  return String((10 - (sum % 10)) % 10);
}

const digitString = (length: number): fc.Arbitrary<string> =>
  fc
    .array(fc.integer({min: 0, max: 9}), {minLength: length, maxLength: length})
    .map((digits) => digits.join(''));

/** La Poste's SIRETs follow another rule (ADR 0004): the generators leave its SIREN out. */
const LA_POSTE = '356000000';

/** 9 digits passing Luhn; never the all-zero placeholder nor La Poste. */
export const validSiren: fc.Arbitrary<string> = digitString(8)
  .map((body) => body + luhnCheckDigit(body))
  .filter((siren) => siren !== '000000000' && siren !== LA_POSTE);

/** 14 digits: a valid SIREN, 4 digits, and the check digit of the whole. */
export const validSiret: fc.Arbitrary<string> = fc
  .tuple(validSiren, digitString(4))
  .map(([siren, nic]) => siren + nic + luhnCheckDigit(siren + nic));

/** The same number with its last digit changed: Luhn then fails, since the last digit is never doubled. */
export const withWrongLastDigit = (
  digits: fc.Arbitrary<string>
): fc.Arbitrary<string> =>
  fc
    .tuple(digits, fc.integer({min: 1, max: 9}))
    .map(
      ([valid, shift]) =>
        valid.slice(0, -1) + String((Number(valid.at(-1)) + shift) % 10)
    );

/** The characters people and `Intl.NumberFormat('fr')` put between digit groups. */
export const GROUP_SEPARATORS = [
  ' ',
  '.',
  '-',
  '\u00A0',
  '\u2007',
  '\u2009',
  '\u202F',
] as const;

/** `digits` with 0 to 2 separators between any two digits, and blanks around: how a number gets typed or pasted. */
export const writtenWithSeparators = (digits: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.array(fc.constantFrom(...GROUP_SEPARATORS), {maxLength: 2}), {
        minLength: digits.length - 1,
        maxLength: digits.length - 1,
      }),
      fc.constantFrom('', ' ', '\u00A0', '\t'),
      fc.constantFrom('', ' ', '\u00A0', '\n')
    )
    .map(
      ([gaps, lead, trail]) =>
        lead +
        [...digits].map((d, i) => d + (gaps[i] ?? []).join('')).join('') +
        trail
    );

/** `digits` in one of the groupings the page scanner reads, with one separator kind throughout. */
export const writtenAsOnPages = (digits: string): fc.Arbitrary<string> => {
  const groupings =
    digits.length === 9
      ? [[9], [3, 3, 3]]
      : [[14], [9, 5], [3, 3, 3, 5], [3, 3, 3, 3, 2]];
  return fc
    .tuple(fc.constantFrom(...groupings), fc.constantFrom(...GROUP_SEPARATORS))
    .map(([groups, separator]) => {
      let at = 0;
      return groups
        .map((length) => digits.slice(at, (at += length)))
        .join(separator);
    });
};
