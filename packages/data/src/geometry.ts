/**
 * Shapes of the generated map geometry (packages/data/generated/geometry/*.js, ES modules), written by
 * scripts/build-geometry.ts and never edited by hand (ADR 0020, docs/decisions/0020-map-geometry.md).
 *
 * Every coordinate is an integer of one fixed SVG viewBox, already projected: metropolitan France in a conic
 * conformal projection like Lambert-93, each overseas department in its own inset box. A map draws each `d` as an
 * SVG `<path>` as it is, with `fill-rule="evenodd"` (holes are separate rings of the same path).
 */

/** The programme phase of a geometry file: territory ids `ti-RRNN` were reused across phases for other territories. */
export type GeometryPhase = '2018-2022' | '2023-2027';

/** `[minX, minY, width, height]` of the SVG viewBox, in the units of every coordinate. */
export type ViewBox = [number, number, number, number];

/** An inset: an overseas department drawn in its own box, at its own scale, as French maps show them. */
export interface GeometryInset {
  /** INSEE code of the region (`01` Guadeloupe … `06` Mayotte): the `RR` of the territory ids drawn in it. */
  region: string;
  /** INSEE code of the department (971 … 976). */
  department: string;
  name: string;
  /** `[x, y, width, height]` of the frame to draw around it, in viewBox units. */
  box: [number, number, number, number];
}

/** Where the shapes come from, shown to users beside the map as the licence asks. */
export interface GeometrySource {
  /** The vendored file, relative to packages/data/sources/. */
  file: string;
  /** The source's own date (ISO date), null when it gives none (its attribution then says which edition). */
  date: string | null;
  attribution: string;
  licence: string;
}

/** What every geometry file says about how it was drawn. */
export interface GeometryHeader {
  viewBox: ViewBox;
  /** The insets of the shared layout; the same boxes in every geometry file. */
  insets: GeometryInset[];
  /** How the coordinates were projected, in words, for the map's credits. */
  projection: string;
  source: GeometrySource;
}

export interface TerritoryShape {
  /** `ti-RRNN`, unique within its phase only. */
  id: string;
  name: string;
  phase: GeometryPhase;
  /** INSEE code of the lead region, the `RR` of the id; an inset's `region` when it is drawn in one. */
  region: string;
  /** SVG path data: one `M x y l dx dy … z` per ring, integers. Empty when the source gives only points. */
  d: string;
  /** Where to put its label or marker: a point inside its largest polygon (or its most central point). */
  label: [number, number];
  /**
   * Member communes the source gives as points instead of polygons (some single-commune members of phase
   * 2018-2022): a map draws them as dots. Absent when the source gives polygons only.
   */
  points?: [number, number][];
}

/** territories-<phase>.js: the territories of one phase, each id once. */
export interface TerritoryGeometry extends GeometryHeader {
  phase: GeometryPhase;
  territories: TerritoryShape[];
}

export interface RegionShape {
  /** INSEE code of the region. */
  code: string;
  name: string;
  /** SVG path data, as for the territories. */
  d: string;
}

/** regions.js: region outlines for context, in the same viewBox and insets as the territories. */
export interface RegionGeometry extends GeometryHeader {
  regions: RegionShape[];
}
