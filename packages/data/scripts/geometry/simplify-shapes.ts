import type {Feature, FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import {feature} from 'topojson-client';
import {topology} from 'topojson-server';
import {filter, filterWeight, presimplify, simplify} from 'topojson-simplify';
import type {Point} from './svg-path.ts';

/** Projected polygons of one shape (territory or region), in viewBox units, not rounded yet. */
export interface PlanarShape {
  key: string;
  polygons: Point[][][];
}

export interface SimplifyOptions {
  /** Visvalingam's effective area below which a vertex goes, in square viewBox units. */
  minWeight: number;
  /** Rings (islands, holes) smaller than this, in square viewBox units, go. */
  minRingArea: number;
}

/**
 * Simplifies shapes together, as a topology (topojson-server, topojson-simplify): a border two shapes share is
 * one arc simplified once, so neighbours keep meeting without gaps or overlaps. Coordinates are then rounded to
 * integers of the viewBox. Returns each shape's polygons by key; a shape whose every ring would go keeps them all
 * (a territory never disappears from the map).
 */
export function simplifyShapes(
  shapes: readonly PlanarShape[],
  options: SimplifyOptions
): Map<string, Point[][][]> {
  const collection: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: shapes.map((shape): Feature<MultiPolygon> => ({
      type: 'Feature',
      id: shape.key,
      properties: {},
      geometry: {type: 'MultiPolygon', coordinates: shape.polygons},
    })),
  };
  // No quantisation here: the coordinates are already in viewBox units, and rounding comes after simplification.
  const simplified = simplify(
    presimplify(
      topology({shapes: collection}) as Parameters<typeof presimplify>[0]
    ),
    options.minWeight
  );
  const filtered = filter(
    simplified,
    filterWeight(simplified, options.minRingArea)
  );
  const kept = polygonsByKey(filtered);
  const all = polygonsByKey(simplified);
  return new Map(
    shapes.map(({key}) => {
      const polygons = kept.get(key) ?? [];
      return [key, polygons.length > 0 ? polygons : (all.get(key) ?? [])];
    })
  );
}

function polygonsByKey(
  topo: Parameters<typeof feature>[0]
): Map<string, Point[][][]> {
  const features = feature(topo, topo.objects.shapes!) as FeatureCollection;
  const out = new Map<string, Point[][][]>();
  for (const f of features.features) {
    const geometry = f.geometry as MultiPolygon | Polygon | null;
    const source =
      geometry?.type === 'MultiPolygon'
        ? geometry.coordinates
        : geometry?.type === 'Polygon'
          ? [geometry.coordinates]
          : [];
    const polygons: Point[][][] = [];
    for (const polygon of source) {
      const [outer, ...holes] = polygon.map((ring) =>
        ring.map(([x, y]) => [Math.round(x!), Math.round(y!)] as Point)
      );
      // Rounding can flatten a ring that simplification kept: it would draw nothing.
      if (!outer || ringArea(outer) === 0) continue;
      polygons.push([outer, ...holes.filter((hole) => ringArea(hole) !== 0)]);
    }
    out.set(String(f.id), polygons);
  }
  return out;
}

/** Signed area (shoelace formula) of a ring, open or closed. */
export function ringArea(ring: readonly Point[]): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    twice += x0 * y1 - x1 * y0;
  }
  return twice / 2;
}
