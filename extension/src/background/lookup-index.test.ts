import {expect} from '@open-wc/testing';
import type {LookupRecord} from '../shared/tab-state.ts';
import {
  indexEntry,
  planPrune,
  type LookupIndex,
  type PruneInput,
} from './lookup-index.ts';

/** Lookups written at 1, 2, … n (the most recent last). */
const indexOf = (...identifiers: string[]): LookupIndex =>
  Object.fromEntries(
    identifiers.map((identifier, i) => [
      identifier,
      {at: i + 1, pending: false},
    ])
  );

/** Storage holding the index and these lookups' records. */
const keysOf = (index: LookupIndex) => [
  'lookup-index',
  ...Object.keys(index).map((identifier) => `lookup:${identifier}`),
];

const plan = (overrides: Partial<PruneInput>) =>
  planPrune({
    index: {},
    keys: keysOf(overrides.index ?? {}),
    openTabIds: new Set(),
    inUse: new Set(),
    keep: 2,
    ...overrides,
  });

describe('pruning storage.session', () => {
  it('keeps the most recent unused lookups, up to the bound', () => {
    const {forget, index} = plan({index: indexOf('a', 'b', 'c', 'd')});
    expect(forget).to.have.members(['lookup:a', 'lookup:b']);
    expect(Object.keys(index)).to.have.members(['c', 'd']);
  });

  it('never prunes a lookup an open tab uses, however old', () => {
    const {forget} = plan({
      index: indexOf('a', 'b', 'c', 'd'),
      inUse: new Set(['a']),
    });
    expect(forget).to.have.members(['lookup:b']);
  });

  it('frees every unused lookup with a bound of 0 (after a refused write)', () => {
    const {forget, index} = plan({
      index: indexOf('a', 'b', 'c'),
      inUse: new Set(['c']),
      keep: 0,
    });
    expect(forget).to.have.members(['lookup:a', 'lookup:b']);
    expect(Object.keys(index)).to.deep.equal(['c']);
  });

  it('forgets nothing within the bound', () => {
    expect(plan({index: indexOf('a', 'b')}).forget).to.deep.equal([]);
  });

  it('finds records the index does not list, and counts them as the oldest', () => {
    const {forget, index} = plan({
      index: indexOf('c', 'd'),
      keys: ['lookup:a', 'lookup:b', 'lookup:c', 'lookup:d', 'lookup-index'],
    });
    expect(forget).to.have.members(['lookup:a', 'lookup:b']);
    expect(Object.keys(index)).to.have.members(['c', 'd']);
  });

  it('indexes the records it keeps, and drops entries whose record is gone', () => {
    const {forget, index} = plan({
      index: indexOf('gone'),
      keys: ['lookup:old'],
    });
    expect(forget).to.deep.equal([]);
    expect(index).to.deep.equal({old: {at: 0, pending: false}});
  });

  it('forgets the states of closed tabs, and never an open tab’s', () => {
    const {forget} = plan({
      keys: ['tab:1', 'tab:2', 'settings', 'cache:x'],
      openTabIds: new Set([2]),
    });
    expect(forget).to.deep.equal(['tab:1']);
  });

  it('4,000 stale records: 200 stay, in one plan', () => {
    const keys = Array.from({length: 4000}, (_, i) => `lookup:${i}`);
    const started = performance.now();
    const {forget, index} = plan({keys, keep: 200});
    expect(performance.now() - started).to.be.below(100);
    expect(forget).to.have.length(3800);
    expect(Object.keys(index)).to.have.length(200);
  });
});

describe('the index entry of a record', () => {
  const cases: [string, LookupRecord, object][] = [
    [
      'pending',
      {identifier: 'x', status: 'pending', startedAt: 5},
      {at: 5, pending: true},
    ],
    [
      'done',
      {
        identifier: 'x',
        status: 'done',
        result: {ok: false, reason: 'not-found'},
        finishedAt: 9,
      },
      {at: 9, pending: false},
    ],
  ];
  for (const [title, record, entry] of cases)
    it(title, () => expect(indexEntry(record)).to.deep.equal(entry));
});
