import type {
  GeometryPhase,
  RegionGeometry,
  TerritoryGeometry,
  TerritoryShape,
} from '../../src/geometry.ts';
import {
  readRegionShapes,
  readTerritoryShapes,
  REGION_SOURCE,
  TERRITORY_SOURCES,
  type SourceShape,
} from './geometry-sources.ts';
import {labelPoint} from './label-point.ts';
import {
  areaOfRegion,
  layoutFromRegions,
  PROJECTION_NOTE,
  type AreaKey,
  type Layout,
} from './layout.ts';
import {simplifyShapes, type SimplifyOptions} from './simplify-shapes.ts';
import {ringsToPath, type Point} from './svg-path.ts';

export const PHASES: readonly GeometryPhase[] = ['2023-2027', '2018-2022'];

/**
 * How much detail is kept, in square viewBox units (one square unit is 0.41 px² on a 1280 px wide map): a vertex
 * whose triangle with its neighbours is smaller than `minWeight` goes, and so does an island or hole smaller than
 * `minRingArea`. The regions are context only: their lines are coarser. ADR 0020 gives the sizes these give.
 */
export const TERRITORY_DETAIL: SimplifyOptions = {
  minWeight: 1,
  minRingArea: 4,
};
export const REGION_DETAIL: SimplifyOptions = {minWeight: 4, minRingArea: 16};

export interface GeometryLayers {
  layout: Layout;
  territories: Record<GeometryPhase, TerritoryGeometry>;
  regions: RegionGeometry;
}

/** Reads the vendored sources and builds every layer: the layout, both phases, the regions. */
export function buildGeometryLayers(sourcesDir: string): GeometryLayers {
  const regionShapes = readRegionShapes(sourcesDir);
  const layout = layoutFromRegions(
    new Map(
      regionShapes.map((r) => [r.key, r.polygons.map((polygon) => polygon[0]!)])
    )
  );
  const territories = Object.fromEntries(
    PHASES.map((phase) => [
      phase,
      buildTerritories(layout, phase, readTerritoryShapes(sourcesDir, phase)),
    ])
  ) as Record<GeometryPhase, TerritoryGeometry>;
  return {layout, territories, regions: buildRegions(layout, regionShapes)};
}

function header(layout: Layout) {
  return {
    viewBox: layout.viewBox,
    insets: layout.insets,
    projection: PROJECTION_NOTE,
  };
}

function buildTerritories(
  layout: Layout,
  phase: GeometryPhase,
  shapes: readonly SourceShape[]
): TerritoryGeometry {
  const {file, date, attribution, licence} = TERRITORY_SOURCES[phase];
  const areas = new Map<string, AreaKey>();
  for (const shape of shapes) {
    if (!/^ti-\d{4}$/.test(shape.key))
      throw new Error(`${phase}: unexpected territory id ${shape.key}`);
    areas.set(shape.key, areaOfRegion(regionOfId(shape.key)));
  }
  const simplified = simplifyShapes(
    shapes.map((shape) => projectShape(layout, areas.get(shape.key)!, shape)),
    TERRITORY_DETAIL
  );
  const rows = shapes
    .map((shape): TerritoryShape => {
      const area = areas.get(shape.key)!;
      const polygons = simplified.get(shape.key)!;
      const points = shape.points.map((p) =>
        roundPoint(layout.project(area, p))
      );
      if (polygons.length === 0 && points.length === 0)
        throw new Error(`${phase} ${shape.key}: nothing left to draw`);
      const row: TerritoryShape = {
        id: shape.key,
        name: shape.name.trim(),
        phase,
        region: regionOfId(shape.key),
        d: ringsToPath(polygons.flat()),
        label: labelPoint(polygons, points),
      };
      if (points.length > 0) row.points = points;
      assertInside(layout, area, `${phase} ${shape.key}`, [
        ...polygons.flat(2),
        ...points,
        row.label,
      ]);
      return row;
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    phase,
    ...header(layout),
    source: {file, date, attribution, licence},
    territories: rows,
  };
}

function buildRegions(
  layout: Layout,
  shapes: readonly SourceShape[]
): RegionGeometry {
  const simplified = simplifyShapes(
    shapes.map((shape) => projectShape(layout, areaOfRegion(shape.key), shape)),
    REGION_DETAIL
  );
  return {
    ...header(layout),
    source: REGION_SOURCE,
    regions: shapes
      .map((shape) => {
        const polygons = simplified.get(shape.key)!;
        assertInside(
          layout,
          areaOfRegion(shape.key),
          `region ${shape.key}`,
          polygons.flat(2)
        );
        return {
          code: shape.key,
          name: shape.name,
          d: ringsToPath(polygons.flat()),
        };
      })
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  };
}

/** `RR` of `ti-RRNN`: the INSEE code of the territory's lead region. */
function regionOfId(id: string): string {
  return id.slice(3, 5);
}

function projectShape(layout: Layout, area: AreaKey, shape: SourceShape) {
  return {
    key: shape.key,
    polygons: shape.polygons.map((polygon) =>
      polygon.map((ring) => ring.map((p) => layout.project(area, p)))
    ),
  };
}

function roundPoint([x, y]: Point): Point {
  return [Math.round(x), Math.round(y)];
}

/**
 * Every point of a shape must fall in its area's box: a shape outside says that the region code of its id and its
 * location disagree, or that the layout no longer fits the sources.
 */
function assertInside(
  layout: Layout,
  area: AreaKey,
  what: string,
  points: readonly Point[]
): void {
  const [bx, by, bw, bh] = layout.bounds[area];
  for (const [x, y] of points)
    if (x < bx || y < by || x > bx + bw || y > by + bh)
      throw new Error(
        `${what}: point ${x},${y} is outside the box of ${area} (${bx},${by},${bw},${bh})`
      );
}
