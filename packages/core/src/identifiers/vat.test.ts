import {describe, expect, it} from 'vitest';
import {
  formatVat,
  isValidVat,
  isValidVatKey,
  parseVat,
  vatFromSiren,
  type FrenchVat,
  type VatError,
} from './vat.ts';

describe('parseVat', () => {
  it.each<[string, FrenchVat]>([
    ['FR40303265045', {vat: 'FR40303265045', key: '40', siren: '303265045'}],
    [
      'FR 40 303 265 045',
      {vat: 'FR40303265045', key: '40', siren: '303265045'},
    ],
    ['fr40303265045', {vat: 'FR40303265045', key: '40', siren: '303265045'}],
    [
      'Fr 40 303 265 045',
      {vat: 'FR40303265045', key: '40', siren: '303265045'},
    ],
    ['FR44732829320', {vat: 'FR44732829320', key: '44', siren: '732829320'}],
    ['FR44 732829320', {vat: 'FR44732829320', key: '44', siren: '732829320'}],
    [
      'FR-44-732-829-320',
      {vat: 'FR44732829320', key: '44', siren: '732829320'},
    ],
    [
      'FR\u00A044\u00A0732\u00A0829\u00A0320',
      {vat: 'FR44732829320', key: '44', siren: '732829320'},
    ],
    [' FR03552081317 ', {vat: 'FR03552081317', key: '03', siren: '552081317'}],
    ['FR39356000000', {vat: 'FR39356000000', key: '39', siren: '356000000'}],
    ['FR59542051180', {vat: 'FR59542051180', key: '59', siren: '542051180'}],
    ['FR64443061841', {vat: 'FR64443061841', key: '64', siren: '443061841'}],
    // Keys with a letter, checked modulo 11.
    ['FRK7399859412', {vat: 'FRK7399859412', key: 'K7', siren: '399859412'}],
    [
      'FR 4Z 123 456 782',
      {vat: 'FR4Z123456782', key: '4Z', siren: '123456782'},
    ],
    ['frk7399859412', {vat: 'FRK7399859412', key: 'K7', siren: '399859412'}],
  ])('accepts %j', (input, expected) => {
    expect(parseVat(input)).toEqual({ok: true, value: expected});
    expect(isValidVat(input)).toBe(true);
  });

  it.each<[string, VatError]>([
    ['', 'empty'],
    ['  ', 'empty'],
    ['DE123456789', 'not-french'],
    ['BE0123456789', 'not-french'],
    ['40303265045', 'bad-format'],
    ['FR 40', 'bad-format'],
    ['FR40 303 265 04X', 'bad-format'],
    ['FRIO334175221', 'bad-format'],
    ['FR4030326504', 'wrong-length'],
    ['FR403032650451', 'wrong-length'],
    ['FR40303265046', 'bad-siren'],
    ['FR41303265045', 'bad-key'],
    ['FR45732829320', 'bad-key'],
    ['FR04552081317', 'bad-key'],
    ['FRK8399859412', 'bad-key'],
  ])('rejects %j as %s', (input, reason) => {
    expect(parseVat(input)).toEqual({ok: false, reason});
    expect(isValidVat(input)).toBe(false);
  });
});

describe('vatFromSiren', () => {
  it.each<[string, string]>([
    ['732829320', 'FR44732829320'],
    ['732 829 320', 'FR44732829320'],
    ['552081317', 'FR03552081317'],
    ['303265045', 'FR40303265045'],
    ['356000000', 'FR39356000000'],
    ['542051180', 'FR59542051180'],
    ['443061841', 'FR64443061841'],
    ['552120222', 'FR27552120222'],
  ])('%j -> %j', (siren, vat) => {
    expect(vatFromSiren(siren)).toEqual({ok: true, value: vat});
    expect(parseVat(vat).ok).toBe(true);
  });

  it.each<[string, string]>([
    ['732829321', 'bad-checksum'],
    ['', 'empty'],
    ['FR44732829320', 'not-digits'],
  ])('refuses %j (%s)', (siren, reason) => {
    expect(vatFromSiren(siren)).toEqual({ok: false, reason});
  });
});

describe('isValidVatKey', () => {
  it.each<[string, string, boolean]>([
    ['44', '732829320', true],
    ['45', '732829320', false],
    ['03', '552081317', true],
    ['3', '552081317', false],
    ['K7', '399859412', true],
    ['4Z', '123456782', true],
    ['IO', '334175221', false],
    ['', '732829320', false],
  ])('%j for %j -> %j', (key, siren, expected) => {
    expect(isValidVatKey(key, siren)).toBe(expected);
  });
});

describe('formatVat', () => {
  it.each<[string, string | undefined, string]>([
    ['FR40303265045', undefined, 'FR 40 303 265 045'],
    ['fr 44 732829320', undefined, 'FR 44 732 829 320'],
    ['FR44732829320', '\u00A0', 'FR\u00A044\u00A0732\u00A0829\u00A0320'],
    ['FR41303265045', undefined, 'FR41303265045'],
  ])('%j with %j -> %j', (input, separator, expected) => {
    expect(formatVat(input, separator)).toBe(expected);
  });
});

describe('parseVat on 1 MB of hostile text', () => {
  it.each<[string, string]>([
    ['digits and spaces', 'FR 40 ' + '1 '.repeat(500_000) + 'x'],
    ['one digit run', 'FR40' + '9'.repeat(1_000_000)],
  ])('%s', (_, input) => {
    const started = performance.now();
    expect(parseVat(input).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(10_000); // catches a hang, not a slow machine
  });
});
