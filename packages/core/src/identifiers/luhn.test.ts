import {describe, expect, it} from 'vitest';
import {digitSum, isLuhnValid} from './luhn.ts';

describe('isLuhnValid', () => {
  it.each<[string, boolean]>([
    ['732829320', true],
    ['73282932000074', true],
    ['79927398713', true],
    ['0', true],
    ['732829321', false],
    ['73282932000075', false],
    ['79927398710', false],
    ['', false],
    ['73282932O', false],
    ['732 829 320', false],
  ])('%j -> %j', (digits, expected) => {
    expect(isLuhnValid(digits)).toBe(expected);
  });
});

describe('digitSum', () => {
  it.each<[string, number]>([
    ['35600000000048', 26],
    ['35600000049837', 45],
    ['', 0],
  ])('%j -> %i', (digits, expected) => {
    expect(digitSum(digits)).toBe(expected);
  });
});
