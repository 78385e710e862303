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

/** The first live (running or open) scheme, whose status must rest on a phase-2 source. */
const live = catalogueSource.schemes.findIndex(
  (s) => s.status === 'running' || s.status === 'open'
);
const old = (id: string) => ({
  id,
  url: `https://example.org/${id}`,
  title: 'Phase 1 page',
  publisher: 'Example',
  publishedOn: '2019-03',
  checkedOn: catalogueSource.reviewedOn,
});

describe('the authored catalogue', () => {
  it('is valid', () => {
    const result = validateCatalogue(catalogueSource);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('has the four priorities and at least 20 schemes, each fact with its sources', () => {
    expect(catalogueSource.priorities.map((p) => p.rank).sort()).toEqual([
      1, 2, 3, 4,
    ]);
    expect(catalogueSource.schemes.length).toBeGreaterThanOrEqual(20);
    for (const scheme of catalogueSource.schemes) {
      expect(scheme.sources.length, scheme.id).toBeGreaterThan(0);
      expect(scheme.statusSourceIds.length, scheme.id).toBeGreaterThan(0);
      for (const amount of scheme.amounts)
        expect(amount.sourceIds.length, scheme.id).toBeGreaterThan(0);
    }
  });

  it('serves every priority', () => {
    const priorities = new Set(
      catalogueSource.schemes.flatMap((s) => s.priorities)
    );
    expect(priorities.size).toBe(4);
  });

  it('says plainly what is not confirmed, and shows no phase-1 entry as running', () => {
    for (const id of ['vte-ti', 'etudes-banque-des-territoires'])
      expect(catalogueSource.schemes.find((s) => s.id === id)?.status, id).toBe(
        'unconfirmed'
      );
    for (const scheme of catalogueSource.schemes)
      for (const amount of scheme.amounts)
        if (!amount.confirmed)
          expect(
            scheme.status === 'unconfirmed' || amount.note !== undefined,
            scheme.id
          ).toBe(true);
  });

  it('keeps the closed historical fund, closed and open to every territory', () => {
    const fund = catalogueSource.schemes.find(
      (s) => s.id === 'fonds-acceleration-investissements-industriels'
    );
    expect(fund).toMatchObject({
      status: 'closed',
      reservedToTerritories: false,
    });
  });

  it('reserves to the territories only what the sources reserve', () => {
    const reserved = (id: string) =>
      catalogueSource.schemes.find((s) => s.id === id)?.reservedToTerritories;
    expect(reserved('rebond-industriel-financement')).toBe(false);
    expect(reserved('investissement-banque-des-territoires')).toBe(false);
    expect(reserved('fonds-vert-axe-3-volet-1')).toBe(true);
  });

  it('has regional aid for Île-de-France and at least two other regions', () => {
    const regions = new Set(
      catalogueSource.schemes.flatMap((s) => s.regions ?? [])
    );
    expect(regions.has('11')).toBe(true);
    expect(regions.size).toBeGreaterThanOrEqual(3);
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
    [
      'a source date that is not a date',
      (s) => (s.sources[0]!.publishedOn = '26/11/2026'),
      /YYYY-MM-DD or YYYY-MM/,
    ],
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
            sourceIds: [s.sources[0]!.id],
          },
        ]),
      /amounts\.0\.rate/,
    ],
    [
      'a negative amount',
      (s) =>
        (s.amounts = [
          {
            type: 'envelope',
            euros: -5,
            year: 2024,
            confirmed: true,
            sourceIds: [s.sources[0]!.id],
          },
        ]),
      /amounts\.0\.euros/,
    ],
    [
      'an amount with no source',
      (s) =>
        (s.amounts = [
          {
            type: 'envelope',
            euros: 5_000,
            year: 2024,
            confirmed: true,
            sourceIds: [],
          },
        ]),
      /amounts\.0\.sourceIds: every fact names at least one source/,
    ],
    [
      'a fact citing a source the entry does not list',
      (s) => (s.statusSourceIds = ['nowhere']),
      /statusSourceIds: source nowhere is not among the entry's sources/,
    ],
    [
      'a condition with no source',
      (s) =>
        (s.eligibility.checks = [{text: {fr: 'x', en: 'x'}, sourceIds: []}]),
      /eligibility\.checks\.0\.sourceIds/,
    ],
    [
      'a source checked after the review',
      (s) => (s.sources[0]!.checkedOn = '2099-01-01'),
      /checked on 2099-01-01, after the review/,
    ],
    [
      'a source published after it was checked',
      (s) => (s.sources[0]!.publishedOn = '2099-01'),
      /published on 2099-01, after it was checked/,
    ],
    [
      'a running entry on phase-1 sources only',
      (s) => {
        s.sources = [old('phase-1')];
        s.statusSourceIds = ['phase-1'];
        s.scopeSourceIds = ['phase-1'];
        s.eligibility.sourceIds = ['phase-1'];
        s.eligibility.checks = [];
        s.dates = {};
        s.amounts = [];
        delete s.laureates;
      },
      /shown as running but no status source dates from 2023 or later/,
    ],
    [
      'a confirmed amount on phase-1 sources only',
      (s) => {
        s.sources.push(old('phase-1'));
        s.amounts = [
          {
            type: 'envelope',
            euros: 1_000,
            year: 2019,
            confirmed: true,
            sourceIds: ['phase-1'],
          },
        ];
      },
      /amounts\.0 is shown as confirmed but no source of it dates from 2023/,
    ],
    [
      'an open entry past its closing date',
      (s) => {
        s.status = 'open';
        s.dates = {closes: '2024-01-31', sourceIds: [s.sources[0]!.id]};
      },
      /shown as open but it closed on 2024-01-31/,
    ],
    [
      'dates without their sources',
      (s) => (s.dates = {opens: '2024-01-01'}),
      /dates need the sources that give them/,
    ],
    [
      'every territory, but not reserved',
      (s) => {
        s.territoryScope = 'all-territories';
        s.reservedToTerritories = false;
      },
      /all-territories is reserved to the territories/,
    ],
    [
      'anywhere, but reserved',
      (s) => {
        s.territoryScope = 'anywhere';
        s.reservedToTerritories = true;
      },
      /anywhere is not/,
    ],
    [
      'unconfirmed without a note',
      (s) => ((s.status = 'unconfirmed'), delete s.statusNote),
      /unconfirmed or closed scheme needs a statusNote/,
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
    const result = validateCatalogue(withScheme(change, live));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.join('\n')).toMatch(message);
  });

  it('refuses one source id standing for two pages', () => {
    const copy = structuredClone(catalogueSource);
    const [a, b] = copy.schemes;
    b!.sources[0] = {...a!.sources[0]!, url: 'https://example.org/other'};
    const result = validateCatalogue(copy);
    expect(result.ok ? [] : result.issues.join('\n')).toMatch(
      /differs from another source with that id/
    );
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
