import {describe, expect, it} from 'vitest';
import {decimalDigitReader} from './decimal-digits.ts';

const codePoint = (digit: string): number => digit.codePointAt(0)!;

// Intl writes 0 to 9 in every numbering system it knows: a reference independent of the reader's rule.
const NUMBERING_SYSTEMS = Intl.supportedValuesOf('numberingSystem').flatMap(
  (system): [string, string[]][] => {
    const format = new Intl.NumberFormat('en', {numberingSystem: system});
    const digits = [...Array(10).keys()].map((d) => format.format(d));
    return digits.every((d) => /^\p{Nd}$/u.test(d)) ? [[system, digits]] : [];
  }
);

describe('decimalDigitReader', () => {
  it.each<[string, string, number]>([
    ['ASCII', '7', 7],
    ['Arabic-Indic', '٣', 3],
    ['Extended Arabic-Indic', '۷', 7],
    ['Devanagari', '९', 9],
    ['fullwidth', '０', 0],
    ['mathematical bold, the first set of five', '𝟗', 9],
    ['mathematical double-struck, the second set', '𝟘', 0],
    ['mathematical monospace, the last set', '𝟿', 9],
    ['segmented', '\u{1FBF5}', 5],
  ])('reads a %s digit', (_, digit, value) => {
    expect(decimalDigitReader()(codePoint(digit))).toBe(value);
  });

  it('finds NUMBERING_SYSTEMS to check', () => {
    expect(NUMBERING_SYSTEMS.length).toBeGreaterThan(40);
  });

  it.each(NUMBERING_SYSTEMS)('reads the digits of %s', (_, digits) => {
    const read = decimalDigitReader();
    expect(digits.map((d) => read(codePoint(d)))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('answers the same from its memory', () => {
    const read = decimalDigitReader();
    expect([read(0x0667), read(0x0667), read(0xff19)]).toEqual([7, 7, 9]);
  });
});
