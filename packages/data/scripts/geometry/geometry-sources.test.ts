import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readShapes} from './geometry-sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'ti-geometry-sources-'));
const ring = [
  [1, 1],
  [2, 1],
  [2, 2],
  [1, 1],
];
const feature = (properties: object, geometry: object) => ({
  type: 'Feature',
  properties,
  geometry,
});
const read = (features: object[]) => {
  writeFileSync(
    join(dir, 'f.geojson'),
    JSON.stringify({type: 'FeatureCollection', features})
  );
  return readShapes(
    dir,
    'f.geojson',
    (p) => p.id,
    (p) => p.name
  );
};

describe('readShapes', () => {
  it.each([
    {
      what: 'a Polygon',
      geometry: {type: 'Polygon', coordinates: [ring]},
      polygons: 1,
      points: 0,
    },
    {
      what: 'a MultiPolygon',
      geometry: {type: 'MultiPolygon', coordinates: [[ring], [ring]]},
      polygons: 2,
      points: 0,
    },
    {
      what: 'a MultiPoint (single communes given as points)',
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [1, 1],
          [2, 2],
          [3, 3],
        ],
      },
      polygons: 0,
      points: 3,
    },
    {
      what: 'a GeometryCollection of points and a polygon',
      geometry: {
        type: 'GeometryCollection',
        geometries: [
          {type: 'Point', coordinates: [5, 5]},
          {type: 'Polygon', coordinates: [ring]},
        ],
      },
      polygons: 1,
      points: 1,
    },
  ])('reads $what', ({geometry, polygons, points}) => {
    const [shape] = read([feature({id: 'ti-0101', name: 'A'}, geometry)]);
    expect(shape!.key).toBe('ti-0101');
    expect(shape!.polygons).toHaveLength(polygons);
    expect(shape!.points).toHaveLength(points);
  });

  const polygon = {type: 'Polygon', coordinates: [ring]};
  it.each([
    {
      what: 'a repeated id',
      features: [
        feature({id: 'ti-0101', name: 'A'}, polygon),
        feature({id: 'ti-0101', name: 'B'}, polygon),
      ],
      error: /repeated key/,
    },
    {
      what: 'a missing id',
      features: [feature({name: 'A'}, polygon)],
      error: /missing or repeated key/,
    },
    {
      what: 'a blank name',
      features: [feature({id: 'ti-0101', name: ' '}, polygon)],
      error: /has no name/,
    },
    {
      what: 'a line',
      features: [
        feature(
          {id: 'ti-0101', name: 'A'},
          {type: 'LineString', coordinates: ring}
        ),
      ],
      error: /unexpected geometry type LineString/,
    },
    {
      what: 'an empty collection',
      features: [
        feature(
          {id: 'ti-0101', name: 'A'},
          {type: 'GeometryCollection', geometries: []}
        ),
      ],
      error: /has no geometry/,
    },
  ])('refuses $what', ({features, error}) => {
    expect(() => read(features)).toThrow(error);
  });
});
