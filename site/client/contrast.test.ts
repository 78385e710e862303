import {describe, expect, it} from 'vitest';
import {contrastRatio} from './contrast.ts';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#0000ff', '#ffffff', 8.59],
    ['#767676', '#ffffff', 4.54],
    ['#ffcc00', '#ffffff', 1.51],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 1);
  });
});
