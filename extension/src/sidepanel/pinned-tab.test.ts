import {expect} from '@open-wc/testing';
import {pinnedTabId} from './pinned-tab.ts';

describe('pinnedTabId', () => {
  const cases: [string, number | null][] = [
    ['', null],
    ['?tabId=12', 12],
    ['?x=1&tabId=0', 0],
    ['?tabId=', null],
    ['?tabId=-3', null],
    ['?tabId=1e3', null],
    ['?tabId=12abc', null],
    ['?tabId=99999999999', null],
  ];
  for (const [search, expected] of cases)
    it(`reads ${JSON.stringify(search)}`, () =>
      expect(pinnedTabId(search)).to.equal(expected));
});
