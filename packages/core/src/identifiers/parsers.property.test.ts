import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseRcs} from './rcs.ts';
import {formatSiren, parseSiren} from './siren.ts';
import {formatSiret, parseSiret} from './siret.ts';
import {formatVat, parseVat, vatFromSiren} from './vat.ts';
import {
  luhnCheckDigit,
  validSiren,
  validSiret,
  withWrongLastDigit,
  writtenWithSeparators,
} from './testing-arbitraries.ts';

const PARSERS = {parseSiren, parseSiret, parseVat, parseRcs};

// Digits, separators, letters of the labels and anything else: more near misses than fc.string() alone.
const identifierish = fc.oneof(
  fc.string({unit: 'grapheme', maxLength: 40}),
  fc.string({
    unit: fc.constantFrom(...'0123456789 .-\u00A0\u202FFRrcsRCSAB:'),
    maxLength: 40,
  })
);

describe('identifier parsers on any input', () => {
  it.each(Object.entries(PARSERS))(
    '%s never throws and answers ok or a reason',
    (_, parse) => {
      fc.assert(
        fc.property(identifierish, (input) => {
          const result = parse(input);
          expect(
            result.ok ? result.value : typeof result.reason === 'string'
          ).toBeTruthy();
        }),
        {numRuns: 300}
      );
    }
  );

  it('only ever accepts numbers whose checksums hold', () => {
    fc.assert(
      fc.property(identifierish, (input) => {
        const siren = parseSiren(input);
        if (siren.ok)
          expect(luhnCheckDigit(siren.value.slice(0, 8))).toBe(siren.value[8]);
        const siret = parseSiret(input);
        if (siret.ok && !siret.value.startsWith('356000000'))
          expect(luhnCheckDigit(siret.value.slice(0, 13))).toBe(
            siret.value[13]
          );
      }),
      {numRuns: 300}
    );
  });
});

describe('valid numbers however they are written', () => {
  it('a SIREN with any spaces, dots, hyphens or no-break spaces parses to its digits', () => {
    fc.assert(
      fc.property(
        validSiren.chain((siren) =>
          writtenWithSeparators(siren).map((written) => [siren, written])
        ),
        ([siren, written]) => {
          expect(parseSiren(written!)).toEqual({ok: true, value: siren});
        }
      ),
      {numRuns: 200}
    );
  });

  it('a SIRET likewise, and its SIREN is its first nine digits', () => {
    fc.assert(
      fc.property(
        validSiret.chain((siret) =>
          writtenWithSeparators(siret).map((written) => [siret, written])
        ),
        ([siret, written]) => {
          expect(parseSiret(written!)).toEqual({ok: true, value: siret});
          expect(parseSiren(siret!.slice(0, 9)).ok).toBe(true);
        }
      ),
      {numRuns: 200}
    );
  });

  it('formatting and parsing again give the same number', () => {
    fc.assert(
      fc.property(validSiren, validSiret, (siren, siret) => {
        expect(parseSiren(formatSiren(siren))).toEqual({
          ok: true,
          value: siren,
        });
        expect(parseSiret(formatSiret(siret, '.'))).toEqual({
          ok: true,
          value: siret,
        });
      }),
      {numRuns: 100}
    );
  });

  it('the VAT number of a SIREN parses back to it, in any case and grouping', () => {
    fc.assert(
      fc.property(validSiren, fc.boolean(), (siren, lower) => {
        const vat = vatFromSiren(siren);
        expect(vat.ok).toBe(true);
        if (!vat.ok) return;
        const written = formatVat(vat.value, '\u00A0');
        const parsed = parseVat(lower ? written.toLowerCase() : written);
        expect(parsed).toEqual({
          ok: true,
          value: {vat: vat.value, key: vat.value.slice(2, 4), siren},
        });
      }),
      {numRuns: 100}
    );
  });
});

describe('invalid checksums', () => {
  it('a SIREN with a wrong check digit never parses', () => {
    fc.assert(
      fc.property(withWrongLastDigit(validSiren), (siren) => {
        expect(parseSiren(siren)).toEqual({ok: false, reason: 'bad-checksum'});
      }),
      {numRuns: 200}
    );
  });

  it('a SIRET with a wrong check digit never parses', () => {
    fc.assert(
      fc.property(withWrongLastDigit(validSiret), (siret) => {
        expect(parseSiret(siret)).toEqual({ok: false, reason: 'bad-checksum'});
      }),
      {numRuns: 200}
    );
  });

  it('a VAT number with a wrong key never parses', () => {
    fc.assert(
      fc.property(validSiren, fc.integer({min: 1, max: 96}), (siren, shift) => {
        const good = (12 + 3 * (Number(siren) % 97)) % 97;
        const wrong = String((good + shift) % 97).padStart(2, '0');
        expect(parseVat(`FR${wrong}${siren}`)).toEqual({
          ok: false,
          reason: 'bad-key',
        });
      }),
      {numRuns: 200}
    );
  });
});
