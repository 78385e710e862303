import {describe, expect, it} from 'vitest';
import {decodeCodeList} from '../../src/code-list.ts';
import type {Vintage} from '../../src/tables.ts';
import {buildTables} from './build-tables.ts';
import {diffPerimeter, formatDiff} from './diff-tables.ts';
import {cog, geojson} from './fixtures.ts';
import {readGeojsonPerimeter} from './perimeter-source.ts';

const vintage: Vintage = {
  phase: '2023-2027',
  perimeterDate: '2024-07-04',
  cogYear: 2026,
  sources: ['test'],
  attribution: 'ANCT – Programme Territoires d’industrie',
  licence: 'Licence Ouverte 2.0 (Etalab)',
  method: 'groupement-members',
};
const source = () => readGeojsonPerimeter(geojson, 'ti.geojson');
const membership = (tables: ReturnType<typeof buildTables>['tables']) =>
  Object.fromEntries(
    tables.communeTerritory.territories.map((id, i) => [
      id,
      decodeCodeList(tables.communeTerritory.communes[i]!),
    ])
  );

describe('buildTables', () => {
  const {tables, warnings} = buildTables(source(), cog, vintage);

  it('puts each commune of a listed groupement in its territory', () => {
    expect(warnings).toEqual([]);
    expect(membership(tables)).toEqual({
      'ti-8401': ['01001', '01002'],
      'ti-3201': ['02001'],
      'ti-1101': ['93001'],
    });
  });

  it('marks whole groupements only: a territory taking one commune leaves its EPCI out', () => {
    const bySiren = Object.fromEntries(
      tables.territories.groupements.map((g) => [g.siren, g])
    );
    expect(bySiren['200000001']).toMatchObject({kind: 'cc', territory: 0});
    expect(bySiren['200000002']).toMatchObject({kind: 'ca', territory: -1});
    expect(bySiren['210200010']).toMatchObject({
      kind: 'commune',
      name: 'Gamma',
      territory: 1,
    });
    expect(bySiren['200057867']).toMatchObject({kind: 'ept', territory: 2});
    expect(bySiren['200054781']).toMatchObject({
      kind: 'metropole',
      territory: -1,
    });
  });

  it('describes each territory with regions (lead first), departments, counts and population', () => {
    expect(tables.territories.territories[0]).toEqual({
      id: 'ti-8401',
      name: 'Territoire Un',
      phase: '2023-2027',
      regions: ['84'],
      departments: ['01'],
      groupements: [
        tables.territories.groupements.findIndex(
          (g) => g.siren === '200000001'
        ),
      ],
      communeCount: 2,
      population: 150,
    });
  });

  it('keeps arrondissements and old codes as aliases of current communes', () => {
    expect(tables.communeTerritory.arrondissements).toEqual({'75101': '75056'});
    expect(tables.communeTerritory.oldCodes).toEqual({'01099': '01001'});
  });

  it('lays every current commune out by columns, with its EPCI and EPT', () => {
    const {communes, territories} = tables;
    const codes = decodeCodeList(communes.codes);
    expect(codes).toEqual([
      '01001',
      '01002',
      '02001',
      '02002',
      '75056',
      '93001',
      '97501',
    ]);
    const epsilon = codes.indexOf('93001');
    expect(territories.groupements[communes.epci[epsilon]!]!.siren).toBe(
      '200054781'
    );
    expect(territories.groupements[communes.ept[epsilon]!]!.siren).toBe(
      '200057867'
    );
    expect(communes.epci[codes.indexOf('97501')]).toBe(-1);
    expect(communes.postcodes[0]).toBe('01100');
  });

  it('fails on a groupement the geography does not know', () => {
    const broken = source();
    broken.territories[0]!.groupements.push({
      siren: '999999999',
      name: 'CC Disparue',
    });
    expect(() => buildTables(broken, cog, vintage)).toThrow(
      /CC Disparue \(999999999\) is not in the COG 2026/
    );
  });

  it('fails on an intercommunality of a type it does not know', () => {
    const odd = {
      ...cog,
      epci: [
        ...cog.epci,
        {code: '200000009', nom: 'EPCI nouveau', type: 'XYZ', membres: []},
      ],
    };
    expect(() => buildTables(source(), odd, vintage)).toThrow(
      /EPCI nouveau \(200000009\) has an unknown type "XYZ"/
    );
  });

  it('fails when a commune would be in two territories', () => {
    const broken = source();
    broken.territories[1]!.groupements.push({
      siren: '200000001',
      name: 'CC Un',
    });
    expect(() => buildTables(broken, cog, vintage)).toThrow(
      /commune 01001 would be in both ti-8401 and ti-3201/
    );
  });

  it('uses the commune file when given, mapping old codes and warning about unknown ones', () => {
    const withFile = {
      ...source(),
      communeTerritory: new Map([
        ['01099', 'ti-8401'],
        ['02002', 'ti-3201'],
        ['99999', 'ti-3201'],
      ]),
    };
    const built = buildTables(withFile, cog, {
      ...vintage,
      method: 'commune-file',
    });
    expect(membership(built.tables)).toEqual({
      'ti-8401': ['01001'],
      'ti-3201': ['02002'],
      'ti-1101': [],
    });
    expect(built.warnings).toContain(
      'commune file: 99999 (ti-3201) is not a commune in the COG geography, skipped'
    );
  });
});

describe('diffPerimeter', () => {
  it('reports territories added, removed, renamed and communes moved', () => {
    const before = buildTables(source(), cog, vintage).tables;
    const changed = source();
    changed.territories.splice(2, 1);
    changed.territories[0]!.name = 'Territoire Un bis';
    changed.territories.push({
      id: 'ti-3202',
      name: 'Nouveau',
      groupements: [{siren: '210200028', name: 'Delta'}],
    });
    const diff = diffPerimeter(
      before,
      buildTables(changed, cog, vintage).tables
    );
    expect(diff).toEqual({
      added: ['ti-3202'],
      removed: ['ti-1101'],
      renamed: [
        {id: 'ti-8401', from: 'Territoire Un', to: 'Territoire Un bis'},
      ],
      moved: [
        {commune: '02002', from: null, to: 'ti-3202'},
        {commune: '93001', from: 'ti-1101', to: null},
      ],
    });
    expect(formatDiff(diff)).toContain('~ commune 93001: ti-1101 -> none');
    expect(formatDiff(diff).split('\n')[0]).toBe(
      '1 territories added, 1 removed, 1 renamed; 2 communes moved.'
    );
  });

  it('says when nothing changed', () => {
    const tables = buildTables(source(), cog, vintage).tables;
    expect(formatDiff(diffPerimeter(tables, tables))).toBe(
      'No change in territories or commune membership.'
    );
  });
});
