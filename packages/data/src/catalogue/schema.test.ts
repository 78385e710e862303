import {describe, expect, it} from 'vitest';
import {catalogueSource} from '../../catalogue/index.ts';
import {validateCatalogue} from './schema.ts';
import type {Catalogue, Scheme} from './types.ts';

/** A copy of the authored catalogue with one scheme changed. */
function withScheme(change: (scheme: Scheme) => void, index = 0): Catalogue {
  const copy = structuredClone(catalogueSource);
  change(copy.schemes[index]!);
  return copy;
}

describe('the authored catalogue', () => {
  it('is valid', () => {
    const result = validateCatalogue(catalogueSource);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('has the four priorities and at least 10 schemes, each with sources and a verification date', () => {
    expect(catalogueSource.priorities.map((p) => p.rank).sort()).toEqual([
      1, 2, 3, 4,
    ]);
    expect(catalogueSource.schemes.length).toBeGreaterThanOrEqual(10);
    for (const scheme of catalogueSource.schemes) {
      expect(scheme.sources.length, scheme.id).toBeGreaterThan(0);
      expect(scheme.verifiedOn, scheme.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('serves every priority', () => {
    const priorities = new Set(
      catalogueSource.schemes.flatMap((s) => s.priorities)
    );
    expect(priorities.size).toBe(4);
  });

  it('says plainly what is not confirmed', () => {
    const unconfirmed = catalogueSource.schemes.filter(
      (s) => s.status === 'unconfirmed'
    );
    expect(unconfirmed.map((s) => s.id)).toEqual(
      expect.arrayContaining(['vte-ti'])
    );
    for (const scheme of catalogueSource.schemes)
      for (const amount of scheme.amounts)
        if (!amount.confirmed)
          expect(
            scheme.status === 'unconfirmed' || amount.note !== undefined,
            scheme.id
          ).toBe(true);
  });

  it('keeps the closed historical fund, closed', () => {
    const closed = catalogueSource.schemes.filter((s) => s.status === 'closed');
    expect(closed.length).toBeGreaterThanOrEqual(1);
  });
});

describe('validateCatalogue refuses a broken entry with a message naming it', () => {
  it.each<[string, (s: Scheme) => void, RegExp]>([
    [
      'an http link',
      (s) => (s.apply.url = 'http://example.org'),
      /schemes \S+: apply\.url: links must be https/,
    ],
    [
      'a javascript: link',
      (s) => (s.sources[0]!.url = 'javascript:alert(1)'),
      /sources\.0\.url/,
    ],
    ['no source', (s) => (s.sources = []), /sources/],
    ['an empty English title', (s) => (s.title.en = '  '), /title\.en/],
    ['a bad date', (s) => (s.verifiedOn = '26/11/2026'), /verifiedOn/],
    [
      'an unknown priority',
      (s) => ((s.priorities as string[])[0] = 'growth'),
      /priorities\.0/,
    ],
    ['an unknown kind', (s) => ((s as {kind: string}).kind = 'loan'), /kind/],
    [
      'a rate above 100 %',
      (s) =>
        (s.amounts = [
          {
            type: 'rate',
            rate: 1.5,
            upTo: true,
            of: {fr: 'x', en: 'x'},
            confirmed: true,
          },
        ]),
      /amounts\.0\.rate/,
    ],
    [
      'a negative amount',
      (s) =>
        (s.amounts = [
          {type: 'envelope', euros: -5, period: '2024', confirmed: true},
        ]),
      /amounts\.0\.euros/,
    ],
    [
      'unconfirmed without a note',
      (s) => ((s.status = 'unconfirmed'), delete s.statusNote),
      /unconfirmed scheme needs a statusNote/,
    ],
    [
      'open without dates',
      (s) => ((s.status = 'open'), (s.dates = {})),
      /open scheme needs a closing date/,
    ],
    [
      'eligible people who are not beneficiaries',
      (s) => (s.eligibility.who = ['association']),
      /eligibility\.who must be among the beneficiaries/,
    ],
    [
      'an unknown field',
      (s) => ((s as unknown as Record<string, unknown>)['extra'] = 1),
      /extra/,
    ],
    ['an id with spaces', (s) => (s.id = 'vte ti'), /kebab-case/],
  ])('%s', (_, change, message) => {
    const result = validateCatalogue(withScheme(change));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.join('\n')).toMatch(message);
  });

  it('refuses two schemes with one id', () => {
    const copy = structuredClone(catalogueSource);
    copy.schemes[1]!.id = copy.schemes[0]!.id;
    const result = validateCatalogue(copy);
    expect(result.ok ? [] : result.issues).toContain(
      'catalogue: scheme ids must be unique'
    );
  });

  it('refuses something that is not a catalogue at all', () => {
    for (const input of [null, 42, 'catalogue', [], {}])
      expect(validateCatalogue(input).ok).toBe(false);
  });
});
