import {describe, expect, it} from 'vitest';
import {formatRcs, parseRcs, type RcsError, type RcsMention} from './rcs.ts';

describe('parseRcs', () => {
  it.each<[string, RcsMention]>([
    ['RCS Paris 552 081 317', {siren: '552081317', city: 'Paris'}],
    ['R.C.S. Nanterre B 552 081 317', {siren: '552081317', city: 'Nanterre'}],
    ['552 081 317 RCS Lyon', {siren: '552081317', city: 'Lyon'}],
    [
      'immatriculée au RCS de Bordeaux sous le numéro 552081317',
      {siren: '552081317', city: 'Bordeaux'},
    ],
    ['RCS PARIS B 552 081 317', {siren: '552081317', city: 'PARIS'}],
    [
      'RCS Aix-en-Provence 732829320',
      {siren: '732829320', city: 'Aix-en-Provence'},
    ],
    [
      '552 081 317 R.C.S. Aix-en-Provence, capital 10 000 €',
      {siren: '552081317', city: 'Aix-en-Provence'},
    ],
    [
      "RCS de Villeneuve-d'Ascq n° 552 081 317",
      {siren: '552081317', city: "Villeneuve-d'Ascq"},
    ],
    ['552081317 RCS Le Mans', {siren: '552081317', city: 'Le Mans'}],
    [
      '552081317 RCS La Roche-sur-Yon B',
      {siren: '552081317', city: 'La Roche-sur-Yon'},
    ],
    [
      'RCS Saint-Étienne 552\u00A0081\u00A0317',
      {siren: '552081317', city: 'Saint-Étienne'},
    ],
    [
      'Registre du commerce et des sociétés de Lyon : 552 081 317',
      {siren: '552081317', city: 'Lyon'},
    ],
    ['RCS : Paris B 552.081.317', {siren: '552081317', city: 'Paris'}],
    ['rcs paris 552081317', {siren: '552081317', city: 'paris'}],
    ['RCS 552 081 317', {siren: '552081317', city: null}],
    ['552 081 317 RCS', {siren: '552081317', city: null}],
  ])('%j', (input, expected) => {
    expect(parseRcs(input)).toEqual({ok: true, value: expected});
  });

  it.each<[string, RcsError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['Paris B 552 081 317', 'not-rcs'],
    ['SIREN 552 081 317', 'not-rcs'],
    ['RCS Paris', 'no-siren'],
    ['RCS Paris 2001 B 12345', 'no-siren'],
    ['RCS Paris 732 829 320 00074', 'no-siren'],
    ['RCS Paris 552 081 318', 'bad-checksum'],
  ])('rejects %j as %s', (input, reason) => {
    expect(parseRcs(input)).toEqual({ok: false, reason});
  });
});

describe('formatRcs', () => {
  it.each<[RcsMention, string]>([
    [{siren: '552081317', city: 'Paris'}, 'RCS Paris 552 081 317'],
    [{siren: '552081317', city: null}, 'RCS 552 081 317'],
  ])('%j -> %j', (mention, expected) => {
    expect(formatRcs(mention)).toBe(expected);
  });
});

describe('parseRcs on 1 MB of hostile text', () => {
  it.each<[string, string, boolean]>([
    ['digits and spaces', 'RCS ' + '1 '.repeat(500_000), false],
    [
      'spaces before the number',
      'RCS ' + ' '.repeat(1_000_000) + '552081317',
      true,
    ],
    ['labels', 'R.C.S. '.repeat(150_000) + '552 081 317', true],
  ])('%s', (_, input, ok) => {
    const started = performance.now();
    expect(parseRcs(input).ok).toBe(ok);
    expect(performance.now() - started).toBeLessThan(10_000); // catches a hang, not a slow machine
  });
});
