import {describe, expect, it} from 'vitest';
import {
  formatSiret,
  hasValidSiretChecksum,
  isValidSiret,
  parseSiret,
  type SiretError,
} from './siret.ts';

describe('parseSiret', () => {
  it.each<[string, string]>([
    ['73282932000074', '73282932000074'],
    ['732 829 320 00074', '73282932000074'],
    ['732 829 320 000 74', '73282932000074'],
    ['732829320 00074', '73282932000074'],
    ['732.829.320.00074', '73282932000074'],
    ['732\u202F829\u202F320\u202F00074', '73282932000074'],
    ['55208131766522', '55208131766522'],
    ['44306184100047', '44306184100047'],
    ['55212022200013', '55212022200013'],
    ['54205118000066', '54205118000066'],
    // La Poste: the head office keeps its Luhn-valid number (digit sum 26)...
    ['35600000000048', '35600000000048'],
    ['356 000 000 00048', '35600000000048'],
    // ...its establishments only need a digit sum that is a multiple of 5, Luhn or not.
    ['35600000049837', '35600000049837'],
    ['35600000000001', '35600000000001'],
    ['35600000000006', '35600000000006'],
  ])('accepts %j', (input, expected) => {
    expect(parseSiret(input)).toEqual({ok: true, value: expected});
    expect(isValidSiret(input)).toBe(true);
  });

  it.each<[string, SiretError]>([
    ['', 'empty'],
    [' ', 'empty'],
    ['7328293200007', 'wrong-length'],
    ['732829320000740', 'wrong-length'],
    ['732829320', 'wrong-length'],
    ['73282932000075', 'bad-checksum'],
    ['55208131766523', 'bad-checksum'],
    // Luhn-valid, but La Poste's establishments follow the digit-sum rule.
    ['35600000000014', 'bad-checksum'],
    ['35600000049838', 'bad-checksum'],
    // Luhn-valid on 14 digits, but 123456789 is not a SIREN.
    ['12345678900007', 'bad-siren'],
    ['73282932100074', 'bad-siren'],
    ['732 829 320 0007A', 'not-digits'],
    ['SIRET 73282932000074', 'not-digits'],
  ])('rejects %j as %s', (input, reason) => {
    expect(parseSiret(input)).toEqual({ok: false, reason});
    expect(isValidSiret(input)).toBe(false);
  });
});

describe('hasValidSiretChecksum', () => {
  it.each<[string, boolean]>([
    ['73282932000074', true],
    ['73282932000075', false],
    ['35600000000048', true],
    ['35600000049837', true],
    ['35600000000014', false],
  ])('%j -> %j', (digits, expected) => {
    expect(hasValidSiretChecksum(digits)).toBe(expected);
  });
});

describe('formatSiret', () => {
  it.each<[string, string | undefined, string]>([
    ['73282932000074', undefined, '732 829 320 00074'],
    ['732 829 320 000 74', undefined, '732 829 320 00074'],
    ['35600000000048', '\u202F', '356\u202F000\u202F000\u202F00048'],
    ['732829320', undefined, '732829320'],
    ['n/a', undefined, 'n/a'],
  ])('%j with %j -> %j', (input, separator, expected) => {
    expect(formatSiret(input, separator)).toBe(expected);
  });
});
