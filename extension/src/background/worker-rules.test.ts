import {expect} from '@open-wc/testing';
import type {LookupResult} from '@ti-toolkit/core/company-api';
import type {DetectedCompany} from '@ti-toolkit/core/page-companies';
import type {LookupRecord, TabState} from '../shared/tab-state.ts';
import type {CompanyVerdict} from '@ti-toolkit/core/company-territory';
import {badgeView} from './badge-view.ts';
import {companyInText} from './company-in-text.ts';
import {defaultChoice} from './default-choice.ts';
import {FAILURE_HOLD_MS, isSettled} from './lookup-freshness.ts';

const company = (
  siren: string,
  source = 'page-text',
  siret: string | null = null
): DetectedCompany => ({siren, siret, source, confidence: 'high'});

const tab = (
  companies: DetectedCompany[],
  chosen: TabState['chosen']
): TabState => ({
  url: 'https://example.fr/',
  companies,
  chosen,
  notice: null,
  updatedAt: 0,
});

const done = (result: LookupResult): LookupRecord => ({
  identifier: '732829320',
  status: 'done',
  result,
  finishedAt: 0,
});

describe('badge', () => {
  const chosen = {siren: '732829320', address: 'head-office'} as const;
  const found = done({ok: true, value: {} as never});
  const inTerritory = {
    status: 'in-territory',
    territory: {id: 'ti-1109', name: 'Seine Aval'},
  } as CompanyVerdict;
  const cases: [string, Parameters<typeof badgeView>, string, string][] = [
    ['not scanned', [undefined, undefined, null], '', 'badgeIdle'],
    ['nothing found', [tab([], null), undefined, null], '0', 'badgeNothing'],
    [
      'several companies',
      [
        tab([company('732829320'), company('424761419')], null),
        undefined,
        null,
      ],
      '2',
      'badgeSeveral 2',
    ],
    [
      'looking up',
      [tab([company('732829320')], chosen), undefined, null],
      '…',
      'badgeLooking',
    ],
    [
      'pending',
      [
        tab([company('732829320')], chosen),
        {identifier: 'x', status: 'pending', startedAt: 0},
        null,
      ],
      '…',
      'badgeLooking',
    ],
    [
      'not found',
      [
        tab([company('732829320')], chosen),
        done({ok: false, reason: 'not-found'}),
        null,
      ],
      '?',
      'badgeNotFound',
    ],
    [
      'rate limited',
      [
        tab([company('732829320')], chosen),
        done({
          ok: false,
          reason: 'rate-limited',
          retryAfterMs: 1000,
          attempts: 4,
        }),
        null,
      ],
      '!',
      'badgeFailed',
    ],
    [
      'in a territory',
      [tab([company('732829320')], chosen), found, inTerritory],
      'TI',
      'badgeIn Seine Aval',
    ],
    [
      'not in a territory',
      [
        tab([company('732829320')], chosen),
        found,
        {status: 'not-in-territory'} as CompanyVerdict,
      ],
      'non',
      'badgeOut',
    ],
    [
      'no commune',
      [
        tab([company('732829320')], chosen),
        found,
        {status: 'no-location', address: null},
      ],
      '?',
      'badgeNoCommune',
    ],
    [
      'a commune unknown to the data: never "non"',
      [
        tab([company('732829320')], chosen),
        found,
        {
          status: 'unknown-commune',
          communeCode: '2A999',
          vintage: {cogYear: 2026},
        } as CompanyVerdict,
      ],
      '?',
      'badgeUnknownCommune 2026',
    ],
  ];
  for (const [title, args, text, words] of cases)
    it(`${title}: "${text}"`, () => {
      const view = badgeView(...args);
      expect(view.text).to.equal(text);
      const {key, substitution} = view.title;
      expect(
        substitution === undefined ? key : `${key} ${substitution}`
      ).to.equal(words);
    });
});

describe('which company the verdict is about before the adviser chooses', () => {
  // The page's own choice is the core's (chooseCompany, tested there); the worker keeps the adviser's.
  const publisher = company('732829320');
  const host = company('424761419');
  const ask = {siren: null, reason: 'no-publisher'} as const;
  const pagePicks = {siren: '732829320', reason: 'publisher'} as const;
  const cases: [string, Parameters<typeof defaultChoice>, string | null][] = [
    [
      'nothing found',
      [undefined, 'u', [], {siren: null, reason: 'none'}],
      null,
    ],
    [
      "the page's choice",
      [undefined, 'u', [publisher, host], pagePicks],
      '732829320',
    ],
    ['the page asks', [undefined, 'u', [publisher, host], ask], null],
    [
      'a choice naming a company not in the list is ignored',
      [undefined, 'u', [host], pagePicks],
      null,
    ],
    [
      'the choice made on this page is kept',
      [
        tab([publisher, host], {siren: '424761419', address: 'head-office'}),
        'https://example.fr/',
        [publisher, host],
        pagePicks,
      ],
      '424761419',
    ],
    [
      'a choice on another page is not',
      [
        tab([publisher, host], {siren: '424761419', address: 'head-office'}),
        'https://other.fr/',
        [publisher, host],
        ask,
      ],
      null,
    ],
  ];
  for (const [title, args, siren] of cases)
    it(title, () =>
      expect(defaultChoice(...args)?.siren ?? null).to.equal(siren)
    );

  it('the establishment counts when the page gave a SIRET', () => {
    const choice = defaultChoice(
      undefined,
      'u',
      [company('732829320', 'page-text', '73282932000074')],
      pagePicks
    );
    expect(choice?.address).to.equal('establishment');
  });
});

describe('a typed or selected number', () => {
  const cases: [
    string,
    string,
    {siren: string; siret: string | null} | null,
  ][] = [
    ['a SIREN', '732829320', {siren: '732829320', siret: null}],
    ['a spaced SIREN', ' 732 829 320 ', {siren: '732829320', siret: null}],
    [
      'a SIRET',
      '732 829 320 00074',
      {siren: '732829320', siret: '73282932000074'},
    ],
    [
      'a sentence with a SIRET',
      'Siret : 73282932000074 (atelier)',
      {siren: '732829320', siret: '73282932000074'},
    ],
    ['a VAT number', 'TVA FR44732829320', {siren: '732829320', siret: null}],
    ['a bad checksum', '732829321', null],
    ['no number', 'Saint-Nom-la-Bretèche', null],
    ['hostile text', '<img src=x onerror=alert(1)>', null],
    ['a huge selection', '1'.repeat(1_000_000), null],
  ];
  for (const [title, text, expected] of cases)
    it(title, () => {
      const found = companyInText(text, 'manual');
      expect(
        found === null ? null : {siren: found.siren, siret: found.siret}
      ).to.deep.equal(expected);
    });
});

describe('when a lookup is due again', () => {
  const now = 1_000_000_000;
  const at = (result: LookupResult, age: number): LookupRecord => ({
    identifier: '732829320',
    status: 'done',
    result,
    finishedAt: now - age,
  });
  const cases: [string, LookupRecord | undefined, boolean][] = [
    ['never looked up', undefined, false],
    ['pending', {identifier: 'x', status: 'pending', startedAt: now}, true],
    ['found an hour ago', at({ok: true, value: {} as never}, 3_600_000), true],
    [
      'found two days ago',
      at({ok: true, value: {} as never}, 172_800_000),
      false,
    ],
    [
      'not found an hour ago',
      at({ok: false, reason: 'not-found'}, 3_600_000),
      true,
    ],
    [
      'failed just now',
      at(
        {
          ok: false,
          reason: 'unavailable',
          cause: 'network',
          status: null,
          detail: '',
          attempts: 4,
        },
        1000
      ),
      true,
    ],
    [
      'failed a while ago',
      at(
        {
          ok: false,
          reason: 'unavailable',
          cause: 'network',
          status: null,
          detail: '',
          attempts: 4,
        },
        FAILURE_HOLD_MS + 1
      ),
      false,
    ],
  ];
  for (const [title, record, settled] of cases)
    it(`${title}: ${settled ? 'still answers' : 'look up again'}`, () =>
      expect(isSettled(record, now)).to.equal(settled));
});
