import {describe, expect, it} from 'vitest';
import {explicitBidiSpans, isDisplayOrderUncertain} from './display-order.ts';

const LRE = '\u202A';
const RLE = '\u202B';
const PDF = '\u202C';
const RLO = '\u202E';
const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';

describe('explicitBidiSpans', () => {
  it.each<[string, string, number[]]>([
    ['no control', 'SIREN 732829320', []],
    ['an override to its PDF', `a${RLO}bc${PDF}d`, [1, 5]],
    ['an override to the end', `a${RLO}bc`, [1, 4]],
    ['an override to the line break', `a${RLO}b\nc`, [1, 4]],
    ['an override to a carriage return', `a${RLO}b\r\nc`, [1, 4]],
    ['an override to a paragraph separator', `${RLO}b\u2029c`, [0, 3]],
    ['nested embeddings', `${RLE}${LRE}a${PDF}b${PDF}c`, [0, 6]],
    ['a PDF with nothing open', `${PDF}a${RLO}b`, [2, 4]],
    ['an isolate to its PDI', `a${RLI}b${PDI}c`, [1, 4]],
    ['a PDF inside an isolate', `${LRI}${PDF}a${PDI}b`, [0, 4]],
    ['a PDI closing embeddings', `${RLI}${RLO}a${PDI}b`, [0, 4]],
    ['a PDI with nothing open', `${PDI}a${RLI}b`, [2, 4]],
    ['two spans', `${RLO}a${PDF}b${RLI}c${PDI}`, [0, 3, 4, 7]],
    ['an embedding around an isolate', `${RLE}${LRI}a${PDI}b${PDF}c`, [0, 6]],
  ])('%s', (_, text, spans) => {
    expect(explicitBidiSpans(text)).toEqual(spans);
  });
});

describe('isDisplayOrderUncertain', () => {
  const text = 'x'.repeat(16);
  const spans = [4, 8, 12, 14];
  it.each<[string, number, number, boolean]>([
    ['before the spans', 0, 4, false],
    ['over the start of a span', 2, 5, true],
    ['inside a span', 5, 6, true],
    ['between the spans', 8, 12, false],
    ['across the last span', 10, 16, true],
    ['after the spans', 14, 16, false],
  ])('%s', (_, start, end, uncertain) => {
    expect(isDisplayOrderUncertain(text, spans, start, end)).toBe(uncertain);
  });

  it.each<[string, string, boolean]>([
    ['a right-to-left mark', '732\u200F 829 320', true],
    ['an Arabic letter mark', '732\u061C829320', true],
    ['a left-to-right mark', '732\u200E829320', false],
    ['grouped Arabic-Indic digits', '٧٣٢ ٨٢٩ ٣٢٠', true],
    ['compact Arabic-Indic digits', '٧٣٢٨٢٩٣٢٠', false],
    ['Arabic-Indic digits with a zero-width space', '٧٣٢\u200B٨٢٩٣٢٠', false],
    ['grouped Extended Arabic-Indic digits', '۷۳۲ ۸۲۹ ۳۲۰', false],
  ])('with %s', (_, number, uncertain) => {
    const page = `SIREN ${number}.`;
    expect(isDisplayOrderUncertain(page, [], 6, 6 + number.length)).toBe(
      uncertain
    );
  });
});
