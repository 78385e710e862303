import {describe, expect, it} from 'vitest';
import {
  formatSiren,
  isValidSiren,
  parseSiren,
  type SirenError,
} from './siren.ts';

describe('parseSiren', () => {
  it.each<[string, string]>([
    ['732829320', '732829320'],
    ['732 829 320', '732829320'],
    ['732.829.320', '732829320'],
    ['732-829-320', '732829320'],
    ['732\u00A0829\u00A0320', '732829320'],
    ['732\u202F829\u202F320', '732829320'],
    ['732\u2009829\u2009320', '732829320'],
    ['  552081317\u00A0', '552081317'],
    ['552 081 317', '552081317'],
    ['356000000', '356000000'],
    ['303265045', '303265045'],
    ['542051180', '542051180'],
    ['443061841', '443061841'],
    ['552120222', '552120222'],
  ])('accepts %j', (input, expected) => {
    expect(parseSiren(input)).toEqual({ok: true, value: expected});
    expect(isValidSiren(input)).toBe(true);
  });

  it.each<[string, SirenError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u00A0', 'empty'],
    ['73282932', 'wrong-length'],
    ['7328293200', 'wrong-length'],
    ['73282932000074', 'wrong-length'],
    ['732829321', 'bad-checksum'],
    ['123456789', 'bad-checksum'],
    ['000 000 000', 'placeholder'],
    ['732 829 322', 'bad-checksum'],
    ['732a29320', 'not-digits'],
    ['-732829320', 'not-digits'],
    ['732829320.', 'not-digits'],
    ['SIREN 732829320', 'not-digits'],
    ['732_829_320', 'not-digits'],
    ['732/829/320', 'not-digits'],
    ['７３２８２９３２０', 'not-digits'],
  ])('rejects %j as %s', (input, reason) => {
    expect(parseSiren(input)).toEqual({ok: false, reason});
    expect(isValidSiren(input)).toBe(false);
  });
});

describe('formatSiren', () => {
  it.each<[string, string | undefined, string]>([
    ['732829320', undefined, '732 829 320'],
    ['732.829.320', undefined, '732 829 320'],
    [' 552081317 ', undefined, '552 081 317'],
    ['732829320', '\u00A0', '732\u00A0829\u00A0320'],
    ['abc', undefined, 'abc'],
    ['73282932000074', undefined, '73282932000074'],
  ])('%j with %j -> %j', (input, separator, expected) => {
    expect(formatSiren(input, separator)).toBe(expected);
  });
});

describe('parseSiren on 1 MB of hostile text', () => {
  it.each<[string, string, SirenError]>([
    ['digits and spaces', '1 '.repeat(500_000) + 'x', 'not-digits'],
    ['one digit run', '9'.repeat(1_000_000), 'wrong-length'],
  ])('%s', (_, input, reason) => {
    const started = performance.now();
    expect(parseSiren(input)).toEqual({ok: false, reason});
    expect(performance.now() - started).toBeLessThan(10_000); // catches a hang, not a slow machine
  });
});
