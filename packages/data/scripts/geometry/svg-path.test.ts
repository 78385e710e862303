import {describe, expect, it} from 'vitest';
import {pathToRings, ringsToPath, type Point} from './svg-path.ts';

const square: Point[] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
];

describe('ringsToPath', () => {
  it.each<{what: string; rings: Point[][]; d: string}>([
    {what: 'an open ring', rings: [square], d: 'M0 0l10 0 0 10-10 0z'},
    {
      what: 'a closed ring: the closing point is dropped',
      rings: [[...square, [0, 0]]],
      d: 'M0 0l10 0 0 10-10 0z',
    },
    {
      what: 'repeated points are dropped',
      rings: [
        [
          [5, 5],
          [5, 5],
          [7, 5],
          [7, 5],
          [7, 8],
        ],
      ],
      d: 'M5 5l2 0 0 3z',
    },
    {
      what: 'negative steps need no separator',
      rings: [
        [
          [100, 200],
          [90, 190],
          [95, 210],
        ],
      ],
      d: 'M100 200l-10-10 5 20z',
    },
    {
      what: 'two rings, each with its own absolute start',
      rings: [
        square,
        [
          [2, 2],
          [2, 4],
          [4, 2],
        ],
      ],
      d: 'M0 0l10 0 0 10-10 0zM2 2l0 2 2-2z',
    },
    {
      what: 'a ring left with fewer than three points is dropped',
      rings: [
        [
          [1, 1],
          [1, 1],
          [2, 2],
        ],
        square,
      ],
      d: 'M0 0l10 0 0 10-10 0z',
    },
    {what: 'no ring', rings: [], d: ''},
  ])('$what', ({rings, d}) => {
    expect(ringsToPath(rings)).toBe(d);
  });

  it('refuses a point that is not an integer', () => {
    expect(() =>
      ringsToPath([
        [
          [0, 0],
          [1.5, 0],
          [1, 1],
        ],
      ])
    ).toThrow(/not an integer/);
  });
});

describe('pathToRings', () => {
  it.each<[Point[][]]>([
    [[square]],
    [
      [
        square,
        [
          [-3, 7],
          [12, -40],
          [0, 0],
        ],
      ],
    ],
  ])('reads back what ringsToPath writes (%#)', (rings) => {
    expect(pathToRings(ringsToPath(rings))).toEqual(rings);
  });

  it.each([
    ['M0 0L10 0 0 10z', 'another command'],
    ['M0 0l10 0 0 10', 'no closing z'],
    ['m0 0l10 0 0 10z', 'a relative move'],
    ['M0.5 0l10 0 0 10z', 'a decimal'],
    ['M0 0l10 0 0 10zC1 2', 'a curve'],
  ])('refuses %s (%s)', (d) => {
    expect(() => pathToRings(d)).toThrow();
  });
});
