import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {GeometryPhase, GeometrySource} from '../../src/geometry.ts';
import type {Point} from './svg-path.ts';

/**
 * The vendored files the geometry is drawn from (packages/data/sources/README.md), and their reading: each feature
 * becomes polygons (rings of longitude/latitude) plus the points a source gives instead of polygons.
 */

const LICENCE = 'Licence Ouverte 2.0 (Etalab)';

export const TERRITORY_SOURCES: Record<
  GeometryPhase,
  GeometrySource & {idKey: string; nameKey: string}
> = {
  '2023-2027': {
    file: 'anct-ti-2023-2027/ti_geom.geojson',
    date: '2024-07-04',
    attribution:
      "ANCT – Programme Territoires d'industrie, mise à jour du 04/07/2024",
    licence: LICENCE,
    idKey: 'id_territoire',
    nameKey: 'lib_territoire',
  },
  '2018-2022': {
    file: 'anct-ti-2018-2022/polygone-4326_ti.geojson',
    // The phase-1 list carries no date of its own (sources/README.md): the attribution names the edition.
    date: null,
    attribution:
      "ANCT – Programme Territoires d'industrie, liste de la phase 2018-2022",
    licence: LICENCE,
    idKey: 'id_ti',
    nameKey: 'lib_ti',
  },
};

export const REGION_SOURCE: GeometrySource = {
  file: 'ign-admin-express-regions/regions-avec-outre-mer.geojson',
  date: null,
  attribution:
    'IGN – Admin Express COG, édition 2018 (tracés simplifiés par france-geojson)',
  // france-geojson names the Licence Ouverte without its version (sources/README.md).
  licence: 'Licence Ouverte (Etalab)',
};

export interface SourceShape {
  /** Territory id, or region INSEE code. */
  key: string;
  name: string;
  /** Polygons, each an outer ring then its holes, in longitude/latitude. */
  polygons: Point[][][];
  /** Points given instead of polygons (longitude/latitude). */
  points: Point[];
}

interface GeoJsonGeometry {
  type: string;
  coordinates?: unknown;
  geometries?: GeoJsonGeometry[];
}

interface GeoJsonCollection {
  type: string;
  features: {properties: Record<string, unknown>; geometry: GeoJsonGeometry}[];
}

function collect(
  geometry: GeoJsonGeometry,
  shape: SourceShape,
  where: string
): void {
  switch (geometry.type) {
    case 'Polygon':
      shape.polygons.push(geometry.coordinates as Point[][]);
      return;
    case 'MultiPolygon':
      shape.polygons.push(...(geometry.coordinates as Point[][][]));
      return;
    case 'Point':
      shape.points.push(geometry.coordinates as Point);
      return;
    case 'MultiPoint':
      shape.points.push(...(geometry.coordinates as Point[]));
      return;
    case 'GeometryCollection':
      for (const part of geometry.geometries ?? []) collect(part, shape, where);
      return;
    default:
      throw new Error(`${where}: unexpected geometry type ${geometry.type}`);
  }
}

/** Reads a GeoJSON FeatureCollection; fails on a missing key or name, or a key given twice. */
export function readShapes(
  sourcesDir: string,
  file: string,
  keyOf: (properties: Record<string, unknown>) => unknown,
  nameOf: (properties: Record<string, unknown>) => unknown
): SourceShape[] {
  const collection = JSON.parse(
    readFileSync(join(sourcesDir, file), 'utf8')
  ) as GeoJsonCollection;
  if (collection.type !== 'FeatureCollection')
    throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  const seen = new Set<string>();
  return collection.features.map((feature, i) => {
    const key = keyOf(feature.properties);
    const name = nameOf(feature.properties);
    if (typeof key !== 'string' || key === '' || seen.has(key))
      throw new Error(`${file}: feature ${i} has a missing or repeated key`);
    if (typeof name !== 'string' || name.trim() === '')
      throw new Error(`${file}: feature ${key} has no name`);
    seen.add(key);
    const shape: SourceShape = {key, name, polygons: [], points: []};
    collect(feature.geometry, shape, `${file} ${key}`);
    if (shape.polygons.length === 0 && shape.points.length === 0)
      throw new Error(`${file}: feature ${key} has no geometry`);
    return shape;
  });
}

export function readTerritoryShapes(
  sourcesDir: string,
  phase: GeometryPhase
): SourceShape[] {
  const {file, idKey, nameKey} = TERRITORY_SOURCES[phase];
  return readShapes(
    sourcesDir,
    file,
    (p) => p[idKey],
    (p) => p[nameKey]
  );
}

export function readRegionShapes(sourcesDir: string): SourceShape[] {
  return readShapes(
    sourcesDir,
    REGION_SOURCE.file,
    (p) => p.code,
    (p) => p.nom
  );
}
