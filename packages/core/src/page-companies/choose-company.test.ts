import {describe, expect, it} from 'vitest';
import {chooseCompany} from './choose-company.ts';
import type {NoticeRole} from './page-company.ts';
import type {PageCompany, Seen} from './page-companies.ts';

let nextIndex = 0;
const company = (
  siren: string,
  {
    role,
    source = 'page-text',
    confidence = 'high',
  }: {
    role?: NoticeRole;
    source?: string;
    confidence?: 'high' | 'low';
  } = {}
): PageCompany => ({
  siren,
  siret: null,
  source,
  confidence,
  ...(role ? {role} : {}),
  rank: 0,
  kinds: ['siren'],
  labels: [],
  spans:
    source === 'page-text' ? [{index: (nextIndex += 100), length: 11}] : [],
});

const A = '732829320';
const B = '552081317';
const HOST = '424761419';

describe('the default choice', () => {
  const cases: [string, PageCompany[], string | null, string][] = [
    ['nothing on the page', [], null, 'none'],
    [
      "a registry page's subject, whatever else the page names",
      [company(A, {role: 'publisher'}), company(B, {source: 'pappers'})],
      B,
      'page-subject',
    ],
    [
      'the publisher before its host',
      [company(A, {role: 'publisher'}), company(HOST, {role: 'host'})],
      A,
      'publisher',
    ],
    [
      'the publisher even named after its host',
      [company(HOST, {role: 'host'}), company(A, {role: 'publisher'})],
      A,
      'publisher',
    ],
    [
      'the site’s own structured data speaks as its publisher',
      [company(A, {source: 'json-ld'}), company(HOST, {role: 'host'})],
      A,
      'publisher',
    ],
    [
      'two publishers: the adviser is asked',
      [company(A, {role: 'publisher'}), company(B, {role: 'publisher'})],
      null,
      'several-publishers',
    ],
    [
      'only the host: never chosen, and said',
      [company(HOST, {role: 'host'})],
      null,
      'only-host',
    ],
    [
      'an agency and a host: never chosen, and not called "only the host"',
      [company(B, {role: 'maker'}), company(HOST, {role: 'host'})],
      null,
      'no-publisher',
    ],
    [
      'a photographer alone: never chosen',
      [company(B, {role: 'credit'})],
      null,
      'no-publisher',
    ],
    [
      "the page's only company, no role said (a site's footer)",
      [company(A, {confidence: 'low'})],
      A,
      'only-company',
    ],
    [
      'one labelled company without a role beside a host',
      [company(A), company(HOST, {role: 'host'})],
      A,
      'only-company',
    ],
    [
      'a bare number beside a host is no publisher',
      [company(A, {confidence: 'low'}), company(HOST, {role: 'host'})],
      null,
      'no-publisher',
    ],
    [
      'two companies without a role: the adviser is asked',
      [company(A), company(B)],
      null,
      'no-publisher',
    ],
  ];
  for (const [title, companies, siren, reason] of cases)
    it(title, () => expect(chooseCompany(companies)).toEqual({siren, reason}));
});

describe('what the reader sees decides between candidates', () => {
  const seenAs =
    (bySpan: Record<number, Seen>) =>
    (index: number): Seen =>
      bySpan[index] ?? 'as-written';

  it('a publisher in hidden text cannot be chosen; the visible one is', () => {
    const hidden = company(B, {role: 'publisher'});
    const visible = company(A, {role: 'publisher'});
    const choice = chooseCompany(
      [hidden, visible],
      seenAs({[hidden.spans[0]!.index]: 'not-rendered'})
    );
    expect(choice).toEqual({siren: A, reason: 'publisher'});
    expect(hidden.unseen).toBe(true);
  });

  it('a company both hidden and shown is seen where it is shown', () => {
    const twice = company(A, {role: 'publisher'});
    twice.spans.push({index: 5_000, length: 11});
    const choice = chooseCompany(
      [twice],
      seenAs({[twice.spans[0]!.index]: 'not-rendered'})
    );
    expect(choice).toEqual({siren: A, reason: 'publisher'});
  });

  it('a number that may display reversed is a question, never a verdict', () => {
    const reversed = company(A, {role: 'publisher'});
    const choice = chooseCompany(
      [reversed],
      seenAs({[reversed.spans[0]!.index]: 'reordered'})
    );
    expect(choice).toEqual({siren: null, reason: 'display-order'});
    expect(reversed.displayOrderUncertain).toBe(true);
  });

  it('bidi controls found by the scanner are a question too', () => {
    const marked = {
      ...company(A, {role: 'publisher'}),
      displayOrderUncertain: true as const,
    };
    expect(chooseCompany([marked])).toEqual({
      siren: null,
      reason: 'display-order',
    });
  });

  it('only the candidates are checked, a few spans each', () => {
    const checked: number[] = [];
    const many = company(A, {role: 'publisher'});
    for (let i = 1; i < 50; i++) many.spans.push({index: i * 7, length: 9});
    const host = company(HOST, {role: 'host'});
    chooseCompany([many, host], (index) => {
      checked.push(index);
      return 'not-rendered';
    });
    expect(checked.length).toBe(3);
  });
});
