import {expect} from '@open-wc/testing';
import {testScheme} from '@ti-toolkit/core/catalogue/testing';
import type {Amount, Scheme} from '@ti-toolkit/data/catalogue';
import {headlineAmount} from '../internal/compact-result.ts';
import {sortHits, toSortOrder} from './sort-results.ts';

const facts = {confirmed: true, sourceIds: ['source']};
const per = (euros: number): Amount => ({
  ...facts,
  type: 'per-unit',
  euros,
  unit: {fr: 'par projet', en: 'per project'},
});
const rate = (ceiling?: number): Amount => ({
  ...facts,
  type: 'rate',
  rate: 0.5,
  upTo: true,
  of: {fr: 'du coût', en: 'of the cost'},
  ...(ceiling ? {ceiling} : {}),
});
const ceiling = (euros: number): Amount => ({
  ...facts,
  type: 'ceiling',
  ceiling: euros,
  unit: {fr: 'par projet', en: 'per project'},
});
const budget = (euros?: number, year?: number): Amount => ({
  ...facts,
  type: 'envelope',
  ...(euros === undefined ? {} : {euros}),
  ...(year ? {year} : {}),
});

const hit = (id: string, overrides: Partial<Scheme> = {}) => ({
  scheme: testScheme({id, ...overrides}),
  score: 0,
});
const ids = (hits: readonly {scheme: Scheme}[]) => hits.map((h) => h.scheme.id);

describe('sortHits', () => {
  it('keeps the relevance order as it is', () => {
    const hits = [hit('b'), hit('a')];
    expect(sortHits(hits, 'relevance')).to.equal(hits);
  });

  it('puts the soonest closing date first, then entries without one and closed ones, in relevance order', () => {
    const hits = [
      hit('none', {dates: {}}),
      hit('late', {dates: {closes: '2027-06-30'}}),
      hit('closed', {status: 'closed', dates: {closes: '2020-01-01'}}),
      hit('soon', {dates: {closes: '2027-01-15'}}),
      hit('none-2', {dates: {}}),
      hit('same-as-late', {dates: {closes: '2027-06-30'}}),
    ];
    expect(ids(sortHits(hits, 'deadline'))).to.deep.equal([
      'soon',
      'late',
      'same-as-late',
      'none',
      'closed',
      'none-2',
    ]);
  });

  it('puts the largest sum for one beneficiary first, then rates without a ceiling, budgets, and entries without a published amount', () => {
    const hits = [
      hit('nothing', {amounts: []}),
      hit('budget-unpublished', {amounts: [budget()]}),
      hit('budget-big', {amounts: [budget(400_000_000)]}),
      hit('per-hire', {amounts: [per(4000)]}),
      hit('rate-no-ceiling', {amounts: [rate()]}),
      hit('rate-capped', {amounts: [rate(800_000), budget(1e9)]}),
      hit('ceiling', {amounts: [ceiling(1_000_000)]}),
      hit('budget-small', {amounts: [budget(2_000_000)]}),
      // The newest budget is not published: no sum to rank on.
      hit('budget-newest-unpublished', {
        amounts: [budget(100_000_000, 2024), budget(undefined, 2026)],
      }),
    ];
    expect(ids(sortHits(hits, 'amount'))).to.deep.equal([
      'ceiling',
      'rate-capped',
      'per-hire',
      'rate-no-ceiling',
      'budget-big',
      'budget-small',
      'nothing',
      'budget-unpublished',
      'budget-newest-unpublished',
    ]);
  });
});

describe('headlineAmount', () => {
  it('is the first amount for one beneficiary, else the newest budget, else none', () => {
    expect(
      headlineAmount(testScheme({amounts: [budget(1e6), per(4000)]}))
    ).to.deep.include({type: 'per-unit', euros: 4000});
    expect(
      headlineAmount(
        testScheme({amounts: [budget(1e8, 2024), budget(5e7, 2025)]})
      )
    ).to.deep.include({year: 2025});
    expect(headlineAmount(testScheme({amounts: []}))).to.equal(undefined);
  });
});

describe('toSortOrder', () => {
  it('reads a known order and anything else as relevance', () => {
    for (const [value, order] of [
      ['amount', 'amount'],
      ['deadline', 'deadline'],
      ['relevance', 'relevance'],
      [' Amount ', 'amount'],
      ['price', 'relevance'],
      ['<img src=x>', 'relevance'],
      ['', 'relevance'],
      [undefined, 'relevance'],
    ] as const)
      expect(toSortOrder(value), String(value)).to.equal(order);
  });
});
