import {describe, expect, it} from 'vitest';
import {
  INSET_AREAS,
  layoutFromRegions,
  VIEW_WIDTH,
  type AreaKey,
} from './layout.ts';
import type {Point} from './svg-path.ts';

/** A rough box of longitudes and latitudes per region: enough to lay the map out. */
const box = (
  lon0: number,
  lat0: number,
  lon1: number,
  lat1: number
): Point[][] => [
  [
    [lon0, lat0],
    [lon1, lat0],
    [lon1, lat1],
    [lon0, lat1],
    [lon0, lat0],
  ],
];
const regions = new Map<string, Point[][]>([
  ['53', box(-5.1, 47.3, -1, 48.9)], // Bretagne
  ['44', box(3.4, 47.4, 8.2, 50.2)], // Grand Est
  ['94', box(8.5, 41.3, 9.6, 43)], // Corse
  ['01', box(-61.8, 15.8, -61, 16.5)],
  ['02', box(-61.2, 14.4, -60.8, 14.9)],
  ['03', box(-54.6, 2.1, -51.6, 5.8)],
  ['04', box(55.2, -21.4, 55.9, -20.9)],
  ['06', box(45, -13, 45.3, -12.6)],
]);
const layout = layoutFromRegions(regions);
const [, , width, height] = layout.viewBox;
const inside = (
  [x, y]: Point,
  [bx, by, bw, bh]: readonly [number, number, number, number]
) => x >= bx && y >= by && x <= bx + bw && y <= by + bh;

describe('layoutFromRegions', () => {
  it('has a viewBox of the fixed width, metropolitan France as tall as the inset column', () => {
    expect(layout.viewBox.slice(0, 3)).toEqual([0, 0, VIEW_WIDTH]);
    const last = layout.insets[layout.insets.length - 1]!.box;
    expect(layout.bounds.metropole[3]).toBe(
      last[1] + last[3] - layout.insets[0]!.box[1]
    );
    expect(height).toBeGreaterThan(0.5 * width);
    expect(height).toBeLessThan(width);
  });

  it('lists the five overseas departments in INSEE order, square boxes in a column left of the mainland', () => {
    expect(layout.insets.map((i) => i.department)).toEqual([
      '971',
      '972',
      '973',
      '974',
      '976',
    ]);
    for (const {
      box: [x, y, w, h],
    } of layout.insets) {
      expect(w).toBe(h);
      expect(x + w).toBeLessThan(layout.bounds.metropole[0]);
      expect(y + h).toBeLessThanOrEqual(height);
    }
    const ys = layout.insets.map((i) => i.box[1]);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it.each([...regions].map(([region, rings]) => ({region, rings})))(
    'projects region $region inside the box of its area',
    ({region, rings}) => {
      const area = (INSET_AREAS.find((a) => a.region === region)?.region ??
        'metropole') as AreaKey;
      for (const point of rings[0]!)
        expect(inside(layout.project(area, point), layout.bounds[area])).toBe(
          true
        );
    }
  );

  it.each<{what: string; a: Point; b: Point; axis: 0 | 1}>([
    {
      what: 'Brest is west of Strasbourg',
      a: [-4.49, 48.39],
      b: [7.75, 48.58],
      axis: 0,
    },
    {
      what: 'Lille is north of Marseille (y grows downwards)',
      a: [3.06, 50.63],
      b: [5.37, 43.3],
      axis: 1,
    },
  ])('keeps the map the right way up: $what', ({a, b, axis}) => {
    expect(layout.project('metropole', a)[axis]).toBeLessThan(
      layout.project('metropole', b)[axis]
    );
  });

  it('fails when an inset has no region outline', () => {
    const withoutMayotte = new Map(regions);
    withoutMayotte.delete('06');
    expect(() => layoutFromRegions(withoutMayotte)).toThrow(/area 06/);
  });
});
