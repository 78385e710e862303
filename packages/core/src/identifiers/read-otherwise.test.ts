import {describe, expect, it} from 'vitest';
import {
  isReadAsWritten,
  isReadOtherwiseAt,
  MAY_BE_READ_OTHERWISE,
  readOtherwiseFinder,
} from './read-otherwise.ts';
import {readText} from './reading-text.ts';

const everyCharacter = function* (): Generator<string> {
  for (let code = 0; code <= 0x10ffff; code++)
    if (code < 0xd800 || code > 0xdfff) yield String.fromCodePoint(code);
};

const allFound = (text: string): number[] => {
  const next = readOtherwiseFinder(text);
  const found: number[] = [];
  for (let at = next(); at !== -1; at = next()) found.push(at);
  return found;
};

describe('isReadAsWritten', () => {
  it.each<[string, string, boolean]>([
    [
      'plain French',
      'Société – siège : 12 rue d’Alger, 75001 Paris « € »',
      true,
    ],
    ['French numbers', '10\u202F000\u00A0€', true],
    ['emoji', '😀 🤔', true],
    ['Thai letters', 'ภาษาไทย', true],
    ['a soft hyphen', 'SI\u00ADREN', false],
    ['a fullwidth letter', 'Ｓ', false],
    ['a mathematical digit', '𝟕', false],
    ['a bidi isolate', '\u2066', false],
  ])('%s: %s', (_, text, asWritten) => {
    expect(isReadAsWritten(text)).toBe(asWritten);
  });

  it('searches from an offset', () => {
    expect([
      isReadAsWritten('a\u00ADb', 1),
      isReadAsWritten('a\u00ADb', 2),
    ]).toEqual([false, true]);
  });
});

describe('readOtherwiseFinder', () => {
  it.each<[string, string, number[]]>([
    ['nothing', 'SIREN 732 829 320 – l’entreprise', []],
    ['each character in order', 'a\u00ADb７c\u200Bd', [1, 3, 5]],
    ['an astral digit once', 'x𝟕y', [1]],
    ['past emoji', '😀😀\u2060', [4]],
    [
      'past many Thai letters, by the exact search',
      `${'ไทย'.repeat(200)}๗x\u00AD`,
      [600, 602],
    ],
    ['past many emoji', `${'😀'.repeat(300)}７`, [600]],
  ])('finds %s', (_, text, found) => {
    expect(allFound(text)).toEqual(found);
  });
});

// The brief, written apart from the code: invisible characters, bidi controls, fullwidth forms, other digits.
const SPECIFIED =
  /^(?:[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u3000\uFF01-\uFF5E]|(?![0-9])\p{Nd})$/u;

describe('the characters read otherwise', () => {
  it('are the ones specified, all hit by MAY_BE_READ_OTHERWISE and changed by readText', () => {
    const gate = new RegExp(MAY_BE_READ_OTHERWISE);
    const wrong: string[] = [];
    for (const character of everyCharacter()) {
      const specified = SPECIFIED.test(character);
      if (
        isReadOtherwiseAt(character, 0) !== specified ||
        (readText(character).text !== character) !== specified ||
        (specified && !gate.test(character))
      )
        wrong.push(character.codePointAt(0)!.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
