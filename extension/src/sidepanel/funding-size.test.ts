import {expect} from '@open-wc/testing';
import type {CompanySize} from '@ti-toolkit/core/company-api';
import {fundingSize, type FundingSize} from './funding-size.ts';

const band = (min: number | null, max: number | null) => ({
  code: 'x',
  min,
  max,
  year: null,
});

describe('fundingSize', () => {
  const cases: [string, CompanySize, FundingSize | null][] = [
    ['a large company', {category: 'GE', headcount: null}, 'large'],
    ['a mid-cap', {category: 'ETI', headcount: band(250, 499)}, 'mid-cap'],
    ['an SME', {category: 'PME', headcount: band(20, 49)}, 'sme'],
    ['an SME without headcount', {category: 'PME', headcount: null}, 'sme'],
    [
      'a micro-enterprise in the PME category',
      {category: 'PME', headcount: band(3, 5)},
      'micro',
    ],
    [
      'no employee, no category',
      {category: null, headcount: band(0, 0)},
      'micro',
    ],
    [
      'a headcount alone, small',
      {category: null, headcount: band(50, 99)},
      'sme',
    ],
    [
      'a headcount alone, large',
      {category: null, headcount: band(500, 999)},
      null,
    ],
    ['an unknown band', {category: null, headcount: band(null, null)}, null],
    ['nothing known', {category: null, headcount: null}, null],
  ];
  for (const [title, size, expected] of cases)
    it(title, () => expect(fundingSize(size)).to.equal(expected));
});
