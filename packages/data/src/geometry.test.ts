import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import regions from '../generated/geometry/regions.js';
import phase1 from '../generated/geometry/territories-2018-2022.js';
import phase2 from '../generated/geometry/territories-2023-2027.js';
import {pathToRings, type Point} from '../scripts/geometry/svg-path.ts';
import type {TerritoryGeometry} from './geometry.ts';

const generated = (file: string) =>
  new URL(`../generated/geometry/${file}`, import.meta.url);
const sourceNames = (file: string, idKey: string, nameKey: string) =>
  new Map(
    (
      JSON.parse(
        readFileSync(new URL(`../sources/${file}`, import.meta.url), 'utf8')
      ) as {features: {properties: Record<string, string>}[]}
    ).features.map((f) => [f.properties[idKey]!, f.properties[nameKey]!.trim()])
  );

const phases = [
  {
    geometry: phase2,
    phase: '2023-2027',
    file: 'territories-2023-2027.js',
    count: 183,
    names: sourceNames(
      'anct-ti-2023-2027/ti_geom.geojson',
      'id_territoire',
      'lib_territoire'
    ),
    overseas: ['01', '02', '03', '04', '06'],
    pointsOnly: [],
  },
  {
    geometry: phase1,
    phase: '2018-2022',
    file: 'territories-2018-2022.js',
    count: 149,
    names: sourceNames(
      'anct-ti-2018-2022/polygone-4326_ti.geojson',
      'id_ti',
      'lib_ti'
    ),
    overseas: ['01', '02', '03', '04'],
    // Territories of single communes the phase-1 file gives as points only.
    pointsOnly: ['ti-9301', 'ti-9303', 'ti-9307'],
  },
] satisfies {geometry: TerritoryGeometry; [k: string]: unknown}[];

const allPoints = (t: {d: string; label: Point; points?: Point[]}) => [
  ...pathToRings(t.d).flat(),
  ...(t.points ?? []),
  t.label,
];
const inBox = (
  [x, y]: Point,
  [bx, by, bw, bh]: readonly [number, number, number, number]
) => x >= bx && y >= by && x <= bx + bw && y <= by + bh;
/** Even-odd rule, as the map fills the paths. */
const insideRings = ([x, y]: Point, rings: Point[][]) => {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi)
        inside = !inside;
    }
  return inside;
};

describe.each(phases)(
  'map geometry of phase $phase',
  ({geometry, phase, file, count, names, overseas, pointsOnly}) => {
    const {territories} = geometry;

    it(`says its phase in its header and holds ${count} territories, each id once`, () => {
      expect(geometry.phase).toBe(phase);
      expect(territories).toHaveLength(count);
      expect(new Set(territories.map((t) => t.id)).size).toBe(count);
      expect(
        territories.every((t) => t.phase === phase && /^ti-\d{4}$/.test(t.id))
      ).toBe(true);
      expect(readFileSync(generated(file), 'utf8').split('\n')[1]).toContain(
        `phase ${phase} only`
      );
    });

    it("keeps each territory's name from its own phase's source", () => {
      expect(territories.map((t) => t.id).sort()).toEqual(
        [...names.keys()].sort()
      );
      for (const t of territories) expect(t.name, t.id).toBe(names.get(t.id));
    });

    it('draws every territory: a path, or points for those the source gives as points only', () => {
      expect(territories.filter((t) => t.d === '').map((t) => t.id)).toEqual(
        pointsOnly
      );
      for (const t of territories)
        if (t.d === '') expect(t.points?.length, t.id).toBeGreaterThan(0);
    });

    it('keeps every path, point and label inside the viewBox', () => {
      const outside = territories.flatMap((t) =>
        allPoints(t)
          .filter((p) => !inBox(p, geometry.viewBox))
          .map((p) => `${t.id} ${p}`)
      );
      expect(outside).toEqual([]);
    });

    it('puts each label inside its territory', () => {
      const misplaced = territories
        .filter((t) => t.d !== '' && !insideRings(t.label, pathToRings(t.d)))
        .map((t) => `${t.id} ${t.label}`);
      expect(misplaced).toEqual([]);
    });

    it('draws the overseas territories inside their inset, the others outside every inset', () => {
      expect([
        ...new Set(
          territories
            .map((t) => t.region)
            .filter((r) => geometry.insets.some((i) => i.region === r))
        ),
      ]).toEqual(overseas);
      const misplaced = territories.flatMap((t) => {
        const inset = geometry.insets.find((i) => i.region === t.region);
        return allPoints(t)
          .filter((p) =>
            inset
              ? !inBox(p, inset.box)
              : geometry.insets.some((i) => inBox(p, i.box))
          )
          .map((p) => `${t.id} ${p}`);
      });
      expect(misplaced).toEqual([]);
    });

    it('weighs at most 150 KiB gzip', () => {
      const gzip = gzipSync(readFileSync(generated(file))).length;
      expect(gzip).toBeLessThan(150 * 1024);
    });
  }
);

describe('both phases', () => {
  it('keep the ids both phases use apart, each with its own name', () => {
    const byId = (g: TerritoryGeometry) =>
      new Map(g.territories.map((t) => [t.id, t]));
    const [one, two] = [byId(phase1), byId(phase2)];
    const shared = [...one.keys()].filter((id) => two.has(id));
    expect(shared.length).toBeGreaterThan(100);
    expect(
      shared.filter((id) => one.get(id)!.name !== two.get(id)!.name).length
    ).toBeGreaterThan(100);
    expect(one.get('ti-0101')!.name).toBe(
      "Communauté d'agglomération Cap Excellence"
    );
    expect(two.get('ti-0101')!.name).toBe('Basse-Terre');
    expect(one.get('ti-0101')!.d).not.toBe(two.get('ti-0101')!.d);
  });

  it('share one viewBox and one set of insets with the regions', () => {
    for (const g of [phase1, phase2, regions]) {
      expect(g.viewBox).toEqual(regions.viewBox);
      expect(g.insets).toEqual(regions.insets);
    }
  });
});

describe('region outlines', () => {
  it('hold the 18 regions with their INSEE codes, inside the viewBox and their inset', () => {
    expect(regions.regions.map((r) => r.code)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '06',
      '11',
      '24',
      '27',
      '28',
      '32',
      '44',
      '52',
      '53',
      '75',
      '76',
      '84',
      '93',
      '94',
    ]);
    const outside = regions.regions.flatMap((r) => {
      const box =
        regions.insets.find((i) => i.region === r.code)?.box ?? regions.viewBox;
      return pathToRings(r.d)
        .flat()
        .filter((p) => !inBox(p, box))
        .map((p) => `${r.code} ${p}`);
    });
    expect(outside).toEqual([]);
    expect(regions.source.attribution).toMatch(/^IGN/);
  });
});

describe('loading', () => {
  const root = new URL('../../../', import.meta.url).pathname;
  const sourceFiles = [
    'components/src',
    'packages/core/src',
    'extension/src',
    'site',
  ]
    .flatMap((dir) =>
      (readdirSync(join(root, dir), {recursive: true}) as string[]).map((f) =>
        join(dir, f)
      )
    )
    .filter(
      (f) =>
        /\.(ts|js)$/.test(f) &&
        // Tests may import the geometry they check; shipped code may not.
        !/\.test\.ts$/.test(f) &&
        !/(^|\/)(node_modules|dist)\//.test(f)
    );

  it('is never a static import in shipped code: the components that draw a map load it with import()', () => {
    expect(sourceFiles.length).toBeGreaterThan(50);
    const staticImports = sourceFiles.filter((f) =>
      /^\s*(import|export)\s[^;]*?from\s*'@ti-toolkit\/data\/geometry\/[^']+'/m.test(
        readFileSync(join(root, f), 'utf8').replace(
          /^\s*import type\s[^;]*;/gm,
          ''
        )
      )
    );
    expect(staticImports).toEqual([]);
  });
});
