import {describe, expect, it} from 'vitest';
import {labelPoint} from './label-point.ts';
import type {Point} from './svg-path.ts';

const square = (x: number, y: number, side: number): Point[] => [
  [x, y],
  [x + side, y],
  [x + side, y + side],
  [x, y + side],
  [x, y],
];

describe('labelPoint', () => {
  it.each<{what: string; polygons: Point[][][]; points: Point[]; label: Point}>(
    [
      {
        what: 'the centre of a square',
        polygons: [[square(0, 0, 100)]],
        points: [],
        label: [50, 50],
      },
      {
        what: 'inside the largest of two polygons',
        polygons: [[square(0, 0, 10)], [square(100, 100, 60)]],
        points: [],
        label: [130, 130],
      },
      {
        what: 'the polygon, not the points, when there are both',
        polygons: [[square(0, 0, 100)]],
        points: [[500, 500]],
        label: [50, 50],
      },
      {
        what: 'the point nearest the mean when there are only points',
        polygons: [],
        points: [
          [0, 0],
          [100, 0],
          [48, 10],
          [50, 60],
        ],
        label: [48, 10],
      },
    ]
  )('$what', ({polygons, points, label}) => {
    const [x, y] = labelPoint(polygons, points);
    // polylabel's precision is half a unit; the answer is rounded.
    expect(Math.abs(x - label[0])).toBeLessThanOrEqual(1);
    expect(Math.abs(y - label[1])).toBeLessThanOrEqual(1);
    expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
  });

  it('keeps away from a hole: in the widest part of the ring around it', () => {
    const hole: Point[] = [
      [40, 10],
      [90, 10],
      [90, 90],
      [40, 90],
      [40, 10],
    ];
    const [x, y] = labelPoint([[square(0, 0, 100), hole]], []);
    expect(Math.abs(x - 20)).toBeLessThanOrEqual(1);
    expect(y).toBeGreaterThanOrEqual(19);
    expect(y).toBeLessThanOrEqual(81);
  });

  it('fails with nothing to label', () => {
    expect(() => labelPoint([], [])).toThrow();
  });
});
