import {describe, expect, it} from 'vitest';
import {readText} from './reading-text.ts';

const READ: [string, string, string][] = [
  ['plain text', 'SIREN : 732 829 320 €', 'SIREN : 732 829 320 €'],
  ['a soft hyphen', 'SI\u00ADREN', 'SIREN'],
  ['zero-width space, non-joiner, joiner', 'a\u200Bb\u200Cc\u200Dd', 'abcd'],
  ['bidi marks', '\u200Ea\u200Fb\u061Cc', 'abc'],
  ['word joiner and byte order mark', '\uFEFFa\u2060b', 'ab'],
  [
    'bidi controls',
    '\u202A\u202B\u202C\u202D\u202Ea\u2066\u2067\u2068\u2069',
    'a',
  ],
  [
    'fullwidth letters, digits and signs',
    'ＳＩＲＥＮ：７３２－８２９．３２０',
    'SIREN:732-829.320',
  ],
  ['an ideographic space', '７３２\u3000８２９', '732 829'],
  ['Arabic-Indic digits', '٧٣٢', '732'],
  ['Devanagari digits', '७३२', '732'],
  ['mathematical digits', '𝟕𝟑𝟐', '732'],
  [
    'the spaces of French numbers',
    '732\u00A0829\u202F320',
    '732\u00A0829\u202F320',
  ],
  ['superscripts', '²³', '²³'],
  ['emoji', 'a😀b', 'a😀b'],
  ['letters of other scripts', 'بيت ไทย', 'بيت ไทย'],
];

describe('readText', () => {
  it.each(READ)('reads %s', (_, written, read) => {
    expect(readText(written).text).toBe(read);
  });

  it.each<[string, string, boolean]>([
    ['plain text', 'SIREN 732 829 320', false],
    ['a right-to-left mark', 'a\u200Fb', false],
    ['an override', 'a\u202Eb', true],
    ['an isolate', 'a\u2067b\u2069', true],
  ])('tells whether %s holds a bidi control', (_, text, controls) => {
    expect(readText(text).hasBidiControls).toBe(controls);
  });

  it('maps each character read back to its offset in the original', () => {
    const original = '\u200BＡ\u00AD\u00AD𝟕b\u2060';
    const reading = readText(original);
    expect(reading.text).toBe('A7b');
    expect([0, 1, 2].map(reading.originalIndex)).toEqual([1, 4, 6]);
    // A span ends after its last character, not after the invisible ones that follow.
    expect([1, 2, 3].map(reading.originalEnd)).toEqual([2, 6, 7]);
  });

  it('maps offsets in a text that needs no change', () => {
    const reading = readText('abc');
    expect([reading.originalIndex(2), reading.originalEnd(3)]).toEqual([2, 3]);
  });
});
