import {describe, expect, it} from 'vitest';
import {fail, ok} from '../result.ts';
import {idText, parseCompanyId, type IdentifierParsers} from './identifier.ts';

// Stand-ins with distinct reasons, to see which parser's verdict reaches the user.
const parsers: IdentifierParsers = {
  parseSiren: (input) =>
    /^\d{9}$/.test(input) ? ok(input) : fail('siren-reason'),
  parseSiret: (input) =>
    /^\d{14}$/.test(input) ? ok(input) : fail('siret-reason'),
};

describe('parseCompanyId', () => {
  it.each([
    ['732829320', ok({kind: 'siren', siren: '732829320'})],
    [
      '73282932000074',
      ok({kind: 'siret', siren: '732829320', siret: '73282932000074'}),
    ],
    ['73282932', fail('siren-reason')],
    ['7328293200007', fail('siret-reason')],
    ['732 829 320 00074x', fail('siret-reason')],
    ['', fail('siren-reason')],
  ])('%j', (input, expected) => {
    expect(parseCompanyId(input, parsers)).toEqual(expected);
  });
});

describe('idText', () => {
  it('is the SIRET for a SIRET and the SIREN for a SIREN', () => {
    expect(
      idText({kind: 'siret', siren: '732829320', siret: '73282932000074'})
    ).toBe('73282932000074');
    expect(idText({kind: 'siren', siren: '732829320'})).toBe('732829320');
  });
});
