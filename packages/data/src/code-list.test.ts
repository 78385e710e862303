import {describe, expect, it} from 'vitest';
import {
  communeCodeToNumber,
  decodeCodeList,
  encodeCodeList,
  numberToCommuneCode,
} from './code-list.ts';

describe('commune code list', () => {
  it.each([
    ['01001', 1001],
    ['2A004', 100_004],
    ['2B366', 101_366],
    ['97411', 97411],
    ['98735', 98735],
  ])('maps %s to a number and back', (code, number) => {
    expect(communeCodeToNumber(code)).toBe(number);
    expect(numberToCommuneCode(number)).toBe(code);
  });

  it.each([
    [[]],
    [['01001']],
    [['01001', '01002', '01004']],
    [['2B001', '2A004', '19001', '21001', '97101', '98799']],
  ])('round-trips %j in sorted order', (codes) => {
    const encoded = encodeCodeList(codes);
    expect(decodeCodeList(encoded)).toEqual(
      [...codes].sort((a, b) => communeCodeToNumber(a) - communeCodeToNumber(b))
    );
  });

  it('writes gaps in base 36', () => {
    expect(encodeCodeList(['01001', '01002', '01038'])).toBe('rt,1,10');
  });
});
