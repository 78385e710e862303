import polylabel from 'polylabel';
import {ringArea} from './simplify-shapes.ts';
import type {Point} from './svg-path.ts';

/**
 * Where a map puts a territory's label or marker, in integer viewBox units: the pole of inaccessibility (polylabel,
 * the point farthest from the edges) of its largest polygon, holes counted; for a shape the source gives only as
 * points, the point nearest their mean, so that the label sits on a member commune.
 */
export function labelPoint(
  polygons: readonly (readonly Point[][])[],
  points: readonly Point[]
): Point {
  let largest: readonly Point[][] | undefined;
  let largestArea = 0;
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    const area =
      Math.abs(ringArea(outer!)) -
      holes.reduce((sum, hole) => sum + Math.abs(ringArea(hole)), 0);
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  if (largest) {
    const [x, y] = polylabel(largest as Point[][], 0.5);
    return [Math.round(x), Math.round(y)];
  }
  if (points.length === 0) throw new Error('labelPoint: no polygon, no point');
  const mx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const my = points.reduce((s, p) => s + p[1], 0) / points.length;
  let best = points[0]!;
  for (const p of points)
    if (
      (p[0] - mx) ** 2 + (p[1] - my) ** 2 <
      (best[0] - mx) ** 2 + (best[1] - my) ** 2
    )
      best = p;
  return [best[0], best[1]];
}
