import {expect} from '@open-wc/testing';
import {readSearchQuery, type SearchQuery} from './search-query.ts';

describe('readSearchQuery', () => {
  const cases: [string, SearchQuery][] = [
    ['', {kind: 'empty'}],
    ['   ', {kind: 'empty'}],
    ['732829320', {kind: 'company', identifier: '732829320'}],
    ['732 829 320', {kind: 'company', identifier: '732829320'}],
    ['732 829 320 00074', {kind: 'company', identifier: '73282932000074'}],
    ['FR44732829320', {kind: 'company', identifier: '732829320'}],
    ['SIREN : 732 829 320', {kind: 'company', identifier: '732829320'}],
    ['732829321', {kind: 'invalid-number'}],
    ['73282932000075', {kind: 'invalid-number'}],
    ['01100', {kind: 'place', place: '01100'}],
    ['insee:01283', {kind: 'place', place: 'insee:01283'}],
    ['  Oyonnax ', {kind: 'place', place: 'Oyonnax'}],
    [
      '<script>alert(1)</script>',
      {kind: 'place', place: '<script>alert(1)</script>'},
    ],
  ];
  for (const [input, expected] of cases)
    it(`reads ${JSON.stringify(input)}`, () =>
      expect(readSearchQuery(input)).to.deep.equal(expected));

  it('cuts a pasted page short', () => {
    const query = readSearchQuery('a'.repeat(10_000));
    expect(query.kind === 'place' && query.place.length).to.equal(200);
  });
});
