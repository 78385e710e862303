import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {findCompanyIds, type CompanyIdMatch} from './find-company-ids.ts';
import {readText} from './reading-text.ts';
import {removeSeparators} from './separators.ts';
import {hasValidSiretChecksum} from './siret.ts';
import {
  luhnCheckDigit,
  validSiren,
  validSiret,
  writtenAsOnPages,
} from './testing-arbitraries.ts';

// Page-like text: words, labels, digits, separators, currencies, line breaks; plus plain random strings.
const PAGE_PIECES = [
  ...'0123456789',
  ' ',
  '.',
  '-',
  ',',
  '\u00A0',
  '\u202F',
  '\n',
  '\n\n',
  '€',
  '+33 ',
  'FR',
  'SIREN ',
  'SIRET : ',
  'RCS Paris ',
  'TVA ',
  'tél. ',
  'capital ',
  'Société ',
  'é',
  '\u00AD',
  '\u200B',
  '\u202E',
  '\u202C',
  '\u2067',
  '\u2069',
  '７',
  '٣',
  '𝟕',
];
const pageText = fc.oneof(
  fc.string({unit: 'grapheme', maxLength: 80}),
  fc
    .array(fc.constantFrom(...PAGE_PIECES), {maxLength: 60})
    .map((p) => p.join(''))
);

const isLuhn = (digits: string) =>
  luhnCheckDigit(digits.slice(0, -1)) === digits.at(-1);

function expectSound(text: string, match: CompanyIdMatch): void {
  const written = text.slice(match.index, match.index + match.length);
  expect(readText(written).text).toBe(match.value);
  if (match.displayOrder === 'uncertain') expect(match.confidence).toBe('low');
  expect(match.siren).toMatch(/^\d{9}$/);
  expect(match.siren).not.toBe('000000000');
  expect(isLuhn(match.siren)).toBe(true);
  expect(removeSeparators(match.value)).toContain(match.siren);
  if (match.siret !== null) {
    expect(match.siret.slice(0, 9)).toBe(match.siren);
    expect(hasValidSiretChecksum(match.siret)).toBe(true);
  }
}

describe('findCompanyIds on any text', () => {
  it('never throws, and every match is in the text, in order, with valid checksums', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const found = findCompanyIds(text);
        let end = 0;
        for (const match of found) {
          expectSound(text, match);
          expect(match.index).toBeGreaterThanOrEqual(end);
          end = match.index + match.length;
        }
      }),
      {numRuns: 500}
    );
  });
});

// Characters a reader does not see and that leave the display order alone.
const INVISIBLE = [
  '\u00AD',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u2060',
  '\uFEFF',
];

describe('invisible characters anywhere in a page', () => {
  it('change nothing but the offsets, which still frame the same identifiers', () => {
    fc.assert(
      fc.property(
        pageText,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), {
          maxLength: 12,
        }),
        (text, insertions) => {
          // Between code points: half a surrogate pair is no digit.
          const characters = [...text];
          for (const [at, invisible] of insertions)
            characters.splice(at % (characters.length + 1), 0, invisible);
          const sprinkled = characters.join('');
          const expected = findCompanyIds(text);
          const found = findCompanyIds(sprinkled);
          const withoutOffsets = (m: CompanyIdMatch) => ({
            ...m,
            index: 0,
            length: 0,
          });
          expect(found.map(withoutOffsets)).toEqual(
            expected.map(withoutOffsets)
          );
          for (const match of found) expectSound(sprinkled, match);
        }
      ),
      {numRuns: 300}
    );
  });
});

describe('a valid number in the middle of a page', () => {
  // A paragraph break on each side: no label, digit or word of the surrounding text can touch the number.
  it('is found as a bare SIREN or SIRET whatever text surrounds it', () => {
    const number = fc.oneof(validSiren, validSiret);
    fc.assert(
      fc.property(
        pageText,
        number.chain((digits) =>
          writtenAsOnPages(digits).map((written) => [digits, written])
        ),
        pageText,
        (before, [digits, written], after) => {
          const text = `${before}\n\n${written}\n\n${after}`;
          const index = before.length + 2;
          const match = findCompanyIds(text).find((m) => m.index === index);
          expect(match).toMatchObject({
            kind: digits!.length === 9 ? 'siren' : 'siret',
            siren: digits!.slice(0, 9),
            value: written,
            confidence: 'low',
          });
        }
      ),
      {numRuns: 300}
    );
  });

  it('is found with its label after the label, in a sentence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('La société ', 'Éditeur : Dupont SA, ', '', '(', '« '),
        fc.constantFrom(
          'SIREN',
          'Siren :',
          'n° SIREN',
          'immatriculée sous le numéro'
        ),
        validSiren.chain(writtenAsOnPages),
        fc.constantFrom('', '.', ', siège à Lyon', ')', ' »', '\nContact'),
        (lead, label, written, tail) => {
          const text = `${lead}${label} ${written}${tail}`;
          const [match] = findCompanyIds(text);
          expect(match).toMatchObject({
            siren: removeSeparators(written),
            value: written,
            confidence: 'high',
          });
        }
      ),
      {numRuns: 200}
    );
  });
});

// A linear scan of 50,000 characters takes 2 to 40 ms (the slow end is the first, unoptimised run); catastrophic
// backtracking takes seconds or more. The bound grows with the size only (1 s here), so a busy machine passes it.
const ADVERSARIAL_LENGTH = 50_000;
const MS_PER_CHARACTER = 0.02;

describe('scan time on adversarial text', () => {
  it('stays linear in the size of the text', () => {
    const fragment = fc
      .array(
        fc.constantFrom(
          '1',
          '7',
          ' ',
          '.',
          '\u00A0',
          'FR',
          'FR4',
          '732829320',
          '73282932000074',
          'SIREN ',
          'RCS ',
          'r.c.s.',
          'immatriculée ',
          'tél ',
          '€',
          '\n',
          '\u00AD',
          '\u200B',
          '\u202E',
          '\u2067',
          '\u2069',
          '７',
          '𝟕'
        ),
        {minLength: 1, maxLength: 8}
      )
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fragment, (piece) => {
        const text = piece.repeat(Math.ceil(ADVERSARIAL_LENGTH / piece.length));
        const start = performance.now();
        findCompanyIds(text);
        const elapsed = performance.now() - start;
        expect(elapsed).toBeLessThan(20 + text.length * MS_PER_CHARACTER);
      }),
      {numRuns: 25}
    );
  });
});
