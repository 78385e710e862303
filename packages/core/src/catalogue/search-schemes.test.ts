import type {Catalogue} from '@ti-toolkit/data/catalogue';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadCatalogue} from './load-catalogue.ts';
import {MAX_QUERY_LENGTH, searchSchemes} from './search-schemes.ts';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const ids = (text: string, lang: 'fr' | 'en' = 'fr') =>
  searchSchemes(catalogue, {text, lang}).hits.map((h) => h.scheme.id);

describe('searchSchemes', () => {
  it('searches only the first MAX_QUERY_LENGTH characters of a pasted megabyte', () => {
    const pasted = 'recrutement ' + 'x'.repeat(1_000_000);
    expect(ids(pasted)).toEqual(
      ids('recrutement ' + 'x'.repeat(MAX_QUERY_LENGTH - 12))
    );
    expect(ids(pasted)).toContain('vte-ti');
  });

  it('lists every scheme without a text, closed ones last', () => {
    const {hits} = searchSchemes(catalogue);
    expect(hits).toHaveLength(catalogue.schemes.length);
    expect(hits.at(-1)!.scheme.status).toBe('closed');
  });

  it.each([
    ['recrutement', 'vte-ti'],
    ['recrutemnt', 'vte-ti'],
    ['RECRUTER', 'vte-ti'],
    ['volontariat territorial', 'vte-ti'],
    ['friches', 'investissement-banque-des-territoires'],
    ['decarbonation', 'fonds-vert-axe-3-volet-1'],
    ['décarbonation', 'fonds-vert-axe-3-volet-1'],
    ['ingénierie', 'ingenierie-anct'],
    ['chef de projet', 'chef-de-projet'],
    ['rebond', 'rebond-industriel-ingenierie'],
  ])('%j finds %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('searches in English too', () => {
    expect(ids('recruitment', 'en')).toContain('vte-ti');
  });

  it('matches as you type', () => {
    expect(ids('recru')).toContain('vte-ti');
  });

  it('finds nothing for a word that is nowhere, and does not throw on hostile text', () => {
    expect(ids('zzzzqqq')).toEqual([]);
    for (const text of [
      '<script>alert(1)</script>',
      '*',
      '"',
      '  ',
      'a'.repeat(10_000),
      '\u0000\uFFFF',
    ])
      expect(() => searchSchemes(catalogue, {text})).not.toThrow();
  });

  it('filters by facet, OR within a facet and AND across facets', () => {
    const recruitment = searchSchemes(catalogue, {
      filters: {kind: ['recruitment']},
    }).hits;
    expect(recruitment.every((h) => h.scheme.kind === 'recruitment')).toBe(
      true
    );
    const both = searchSchemes(catalogue, {
      filters: {kind: ['recruitment', 'engineering']},
    }).hits;
    expect(both.length).toBeGreaterThan(recruitment.length);
    const narrowed = searchSchemes(catalogue, {
      filters: {kind: ['recruitment', 'engineering'], operator: ['bpifrance']},
    }).hits;
    expect(
      narrowed.every((h) => h.scheme.operators.includes('bpifrance'))
    ).toBe(true);
  });

  it("counts each facet's values with the other facets' filters applied", () => {
    const {facets, hits} = searchSchemes(catalogue, {
      filters: {kind: ['recruitment']},
    });
    // The kind facet ignores its own filter, so that the panel shows what choosing another kind would give.
    expect(Object.values(facets.kind).reduce((a, b) => a + b, 0)).toBe(
      catalogue.schemes.length
    );
    expect(facets.operator['bpifrance']).toBe(
      hits.filter((h) => h.scheme.operators.includes('bpifrance')).length
    );
  });
});
