import {describe, expect, it} from 'vitest';
import {ringArea, simplifyShapes, type PlanarShape} from './simplify-shapes.ts';
import type {Point} from './svg-path.ts';

/** A border from (50, 0) down to (50, 100) with small zigzags, which simplification removes. */
const border: Point[] = Array.from({length: 21}, (_, i) => [
  50 + (i % 2) * 0.3,
  i * 5,
]);
const left: PlanarShape = {
  key: 'left',
  polygons: [[[[0, 0], ...border, [0, 100], [0, 0]]]],
};
const right: PlanarShape = {
  key: 'right',
  polygons: [[[[100, 0], [100, 100], ...border.toReversed(), [100, 0]]]],
};
const island: PlanarShape = {
  key: 'island',
  polygons: [
    [
      [
        [200, 200],
        [201, 200],
        [201, 201],
        [200, 201],
        [200, 200],
      ],
    ],
  ],
};

describe('simplifyShapes', () => {
  it('simplifies a shared border once: both neighbours keep the same integer vertices along it', () => {
    const out = simplifyShapes([left, right], {minWeight: 5, minRingArea: 1});
    const onBorder = (key: string) =>
      [
        ...new Set(
          out
            .get(key)![0]![0]!
            .filter(([x]) => x >= 49 && x <= 51)
            .map((p) => p.join(','))
        ),
      ].sort();
    expect(onBorder('left')).toEqual(onBorder('right'));
    // The zigzag is gone: only the border's ends are left.
    expect(onBorder('left')).toEqual(['50,0', '50,100']);
    expect(out.get('left')![0]![0]!.flat().every(Number.isInteger)).toBe(true);
  });

  it.each([
    {minRingArea: 0.5, kept: true},
    {minRingArea: 10, kept: true},
  ])(
    'never removes a shape whose only ring is smaller than minRingArea ($minRingArea)',
    ({minRingArea, kept}) => {
      const out = simplifyShapes([left, island], {minWeight: 0.1, minRingArea});
      expect(out.get('island')!.length > 0).toBe(kept);
    }
  );

  it('drops a small island of a shape that has a larger ring', () => {
    const withIsland: PlanarShape = {
      key: 'left',
      polygons: [...left.polygons, ...island.polygons],
    };
    const polygonsWith = (minRingArea: number) =>
      simplifyShapes([withIsland], {minWeight: 0.1, minRingArea}).get('left')!
        .length;
    expect(polygonsWith(0.5)).toBe(2);
    expect(polygonsWith(10)).toBe(1);
  });
});

describe('ringArea', () => {
  it.each<{ring: Point[]; area: number}>([
    {
      ring: [
        [0, 0],
        [4, 0],
        [4, 3],
        [0, 3],
      ],
      area: 12,
    },
    {
      ring: [
        [0, 0],
        [0, 3],
        [4, 3],
        [4, 0],
      ],
      area: -12,
    },
    {
      ring: [
        [0, 0],
        [4, 0],
        [4, 3],
        [0, 3],
        [0, 0],
      ],
      area: 12,
    },
    {
      ring: [
        [0, 0],
        [4, 0],
        [8, 0],
      ],
      area: 0,
    },
  ])('$ring -> $area', ({ring, area}) => {
    expect(ringArea(ring)).toBe(area);
  });
});
