import {
  geoConicConformal,
  geoTransverseMercator,
  type GeoProjection,
} from 'd3-geo';
import type {GeometryInset, ViewBox} from '../../src/geometry.ts';
import type {Point} from './svg-path.ts';

/**
 * The map's layout: metropolitan France (Corsica included) on the right, the five overseas departments in a column
 * of square insets on the left, in the order of their INSEE codes, as French statistical maps show them
 * (ADR 0020). Both phases share it, so a map can switch phases without moving anything.
 */

/** Width of the viewBox: one unit is 0.64 px on a 1280 px wide map, so integers lose nothing visible. */
export const VIEW_WIDTH = 2000;
const MARGIN = 8;
/** Between two insets, and between the inset column and metropolitan France. */
const INSET_GAP = 16;
const COLUMN_GAP = 32;
/** Room left inside each inset frame around its department. */
const INSET_PADDING = 12;

/**
 * The overseas departments and their projection: transverse Mercator on the central meridian of the UTM zone each
 * one is mapped in (20 N for the Antilles, 22 N for Guyane, 40 S for La Réunion, 38 S for Mayotte).
 */
export const INSET_AREAS = [
  {region: '01', department: '971', name: 'Guadeloupe', meridian: -63},
  {region: '02', department: '972', name: 'Martinique', meridian: -63},
  {region: '03', department: '973', name: 'Guyane', meridian: -51},
  {region: '04', department: '974', name: 'La Réunion', meridian: 57},
  {region: '06', department: '976', name: 'Mayotte', meridian: 45},
] as const;

export const PROJECTION_NOTE =
  'Metropolitan France: conic conformal, standard parallels 44° N and 49° N, central meridian 3° E (the parameters ' +
  'of Lambert-93, on a sphere). Overseas departments: transverse Mercator on the central meridian of their UTM ' +
  'zone, each in its own inset at its own scale.';

/** Metropolitan France (`'metropole'`) or the region code of an inset. */
export type AreaKey = 'metropole' | (typeof INSET_AREAS)[number]['region'];

export interface Layout {
  viewBox: ViewBox;
  insets: GeometryInset[];
  /** The box each area is drawn in: its inset frame, or the right-hand part for metropolitan France. */
  bounds: Record<AreaKey, [number, number, number, number]>;
  /** Projects a longitude/latitude of an area to viewBox units (not rounded). */
  project(area: AreaKey, lonLat: Point): Point;
}

/** The area a region (INSEE code) is drawn in. */
export function areaOfRegion(region: string): AreaKey {
  return INSET_AREAS.find((a) => a.region === region)?.region ?? 'metropole';
}

function rawProjection(area: AreaKey): GeoProjection {
  const inset = INSET_AREAS.find((a) => a.region === area);
  // Scale 1 and no translation: the layout fits each area by an affine transform of its own.
  return inset
    ? geoTransverseMercator()
        .rotate([-inset.meridian, 0])
        .scale(1)
        .translate([0, 0])
    : geoConicConformal()
        .parallels([44, 49])
        .rotate([-3, 0])
        .center([0, 46.5])
        .scale(1)
        .translate([0, 0]);
}

type Box = [number, number, number, number];

/**
 * Lays the map out from the region outlines (longitude/latitude rings per region code): each area's projected
 * extent is fitted, scale uniform, centred, into its box. Fitting on the regions, never on the territories, keeps
 * the boxes and scales the same for both phases.
 */
export function layoutFromRegions(
  regionRings: ReadonlyMap<string, readonly (readonly Point[])[]>
): Layout {
  const projections = new Map<AreaKey, GeoProjection>();
  const extents = new Map<AreaKey, Box>();
  for (const [region, rings] of regionRings) {
    const area = areaOfRegion(region);
    if (!projections.has(area)) projections.set(area, rawProjection(area));
    const projection = projections.get(area)!;
    let [x0, y0, x1, y1] = extents.get(area) ?? [
      Infinity,
      Infinity,
      -Infinity,
      -Infinity,
    ];
    for (const ring of rings)
      for (const point of ring) {
        const [x, y] = projection(point as [number, number])!;
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
    extents.set(area, [x0, y0, x1, y1]);
  }
  for (const area of ['metropole', ...INSET_AREAS.map((a) => a.region)])
    if (!extents.has(area as AreaKey))
      throw new Error(`layout: no region outline for area ${area}`);

  const [mx0, my0, mx1, my1] = extents.get('metropole')!;
  const aspect = (mx1 - mx0) / (my1 - my0);
  const n = INSET_AREAS.length;
  // Metropolitan France as tall as the column of n square insets: W = 2m + S + gap + aspect (n S + (n-1) g).
  const side = Math.floor(
    (VIEW_WIDTH - 2 * MARGIN - COLUMN_GAP - aspect * (n - 1) * INSET_GAP) /
      (1 + n * aspect)
  );
  const columnHeight = n * side + (n - 1) * INSET_GAP;
  const height = 2 * MARGIN + columnHeight;
  const metroX = MARGIN + side + COLUMN_GAP;
  const boxes = new Map<AreaKey, Box>([
    ['metropole', [metroX, MARGIN, VIEW_WIDTH - MARGIN - metroX, columnHeight]],
  ]);
  INSET_AREAS.forEach((a, i) =>
    boxes.set(a.region, [MARGIN, MARGIN + i * (side + INSET_GAP), side, side])
  );

  const transforms = new Map<AreaKey, (p: Point) => Point>();
  for (const [area, [x0, y0, x1, y1]] of extents) {
    const [bx, by, bw, bh] = boxes.get(area)!;
    const pad = area === 'metropole' ? 0 : INSET_PADDING;
    const k = Math.min((bw - 2 * pad) / (x1 - x0), (bh - 2 * pad) / (y1 - y0));
    const tx = bx + (bw - k * (x1 - x0)) / 2 - k * x0;
    const ty = by + (bh - k * (y1 - y0)) / 2 - k * y0;
    transforms.set(area, ([x, y]) => [tx + k * x, ty + k * y]);
  }

  return {
    viewBox: [0, 0, VIEW_WIDTH, height],
    insets: INSET_AREAS.map(({region, department, name}) => ({
      region,
      department,
      name,
      box: boxes.get(region)!,
    })),
    bounds: Object.fromEntries(boxes) as Record<AreaKey, Box>,
    project(area, lonLat) {
      const projection = projections.get(area);
      if (!projection) throw new Error(`layout: unknown area ${area}`);
      return transforms.get(area)!(projection(lonLat)!);
    },
  };
}
