import type {Source} from '@ti-toolkit/data/catalogue';
import {describe, expect, it} from 'vitest';
import {isReviewStale, newestSource, sourcesByDate} from './provenance.ts';
import {testScheme} from './test-scheme.ts';

const source = (id: string, publishedOn: string | null): Source => ({
  id,
  url: `https://example.org/${id}`,
  title: id,
  publisher: id,
  publishedOn,
  checkedOn: '2026-12-06',
});

describe('newestSource and sourcesByDate', () => {
  const scheme = testScheme({
    sources: [
      source('undated', null),
      source('month', '2025-01'),
      source('day', '2023-11-13'),
      source('old', '2019-03-07'),
    ],
  });
  it('takes the newest dated source, undated ones last', () => {
    expect(newestSource(scheme).id).toBe('month');
    expect(sourcesByDate(scheme).map((s) => s.id)).toEqual([
      'month',
      'day',
      'old',
      'undated',
    ]);
  });
  it('falls back on an undated source when none is dated', () => {
    expect(newestSource(testScheme({sources: [source('a', null)]})).id).toBe(
      'a'
    );
  });
});

describe('isReviewStale', () => {
  it.each([
    ['2026-12-06', '2026-12-06', false],
    ['2026-06-06', '2026-12-06', false],
    ['2026-06-05', '2026-12-06', true],
    ['2025-01-01', '2026-12-06', true],
    ['2026-08-31', '2027-02-28', false],
    ['2026-08-27', '2027-02-28', true],
  ])('reviewed on %s, today %s: %s', (reviewedOn, today, stale) => {
    expect(isReviewStale({reviewedOn}, new Date(`${today}T12:00:00Z`))).toBe(
      stale
    );
  });
});
