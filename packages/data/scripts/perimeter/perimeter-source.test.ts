import {describe, expect, it} from 'vitest';
import {parseCsv} from './csv.ts';
import {geojson} from './fixtures.ts';
import {
  readCommuneCsv,
  readGeojsonPerimeter,
  readGroupementCsv,
} from './perimeter-source.ts';

const feature = (properties: Record<string, unknown>) =>
  JSON.stringify({features: [{properties}]});

describe('readGeojsonPerimeter', () => {
  it('reads territories and their groupements, trimming names', () => {
    const {territories} = readGeojsonPerimeter(geojson, 'ti.geojson');
    expect(territories).toHaveLength(3);
    expect(territories[0]).toEqual({
      id: 'ti-8401',
      name: 'Territoire Un',
      groupements: [{name: 'CC Un', siren: '200000001'}],
    });
  });

  it('reads names with parentheses and several groupements', () => {
    const text = feature({
      id_territoire: 'ti-0101',
      lib_territoire: 'A',
      liste_geo: 'CC (Nord) X (200000001); CA Y (200000002)',
    });
    expect(readGeojsonPerimeter(text, 'f').territories[0]!.groupements).toEqual(
      [
        {name: 'CC (Nord) X', siren: '200000001'},
        {name: 'CA Y', siren: '200000002'},
      ]
    );
  });

  it.each([
    ['{', /not valid JSON/],
    ['{"type":"FeatureCollection"}', /no "features" array/],
    [
      feature({
        id_territoire: 'TI-1',
        lib_territoire: 'A',
        liste_geo: 'X (200000001)',
      }),
      /"TI-1" is not a territory id/,
    ],
    [
      feature({
        id_territoire: 'ti-0101',
        lib_territoire: ' ',
        liste_geo: 'X (200000001)',
      }),
      /without a name/,
    ],
    [
      feature({id_territoire: 'ti-0101', lib_territoire: 'A'}),
      /empty "liste_geo"/,
    ],
    [
      feature({
        id_territoire: 'ti-0101',
        lib_territoire: 'A',
        liste_geo: 'X (2000)',
      }),
      /cannot read groupement "X \(2000\)"/,
    ],
    [
      JSON.stringify({
        features: [1, 2].map(() => ({
          properties: {
            id_territoire: 'ti-0101',
            lib_territoire: 'A',
            liste_geo: 'X (200000001)',
          },
        })),
      }),
      /ti-0101 appears twice/,
    ],
  ])('rejects a broken file with a clear message (%#)', (text, message) => {
    expect(() => readGeojsonPerimeter(text, 'f')).toThrow(message);
  });
});

describe('ANCT CSV files', () => {
  it('reads a semicolon file with a BOM, quotes and CRLF', () => {
    expect(
      parseCsv(
        '\uFEFFinsee_com;lib_com\r\n"01010";"Anglefort; ""le haut"""\r\n\r\n'
      )
    ).toEqual([{insee_com: '01010', lib_com: 'Anglefort; "le haut"'}]);
  });

  it('reads the commune file', () => {
    const map = readCommuneCsv(
      'insee_com,lib_com,id_ti,lib_ti\n01010,Anglefort,ti-8418,Rumilly Usses et Rhône\n',
      'c.csv'
    );
    expect([...map]).toEqual([['01010', 'ti-8418']]);
  });

  it.each([
    ['insee_com,id_ti\n1010,ti-8418\n', /"1010" is not an INSEE commune code/],
    ['insee_com,id_ti\n01010,8418\n', /"8418" is not a territory id/],
    [
      'insee_com,id_ti\n01010,ti-8418\n01010,ti-8401\n',
      /01010 in both ti-8418 and ti-8401/,
    ],
    ['insee_com,id_ti\n', /no commune rows/],
  ])('rejects a broken commune file (%#)', (text, message) => {
    expect(() => readCommuneCsv(text, 'c.csv')).toThrow(message);
  });

  it('reads the groupement file, grouping rows by territory', () => {
    const text =
      'siren,lib_grpt,id_ti,lib_ti\n200000001,CC Un,ti-8401,T1\n200000002,CA Deux,ti-8401,T1\n';
    expect(readGroupementCsv(text, 'g.csv').territories).toEqual([
      {
        id: 'ti-8401',
        name: 'T1',
        groupements: [
          {siren: '200000001', name: 'CC Un'},
          {siren: '200000002', name: 'CA Deux'},
        ],
      },
    ]);
  });

  it('rejects a groupement row without a SIREN', () => {
    expect(() =>
      readGroupementCsv('siren,id_ti,lib_ti\n2000,ti-8401,T1\n', 'g.csv')
    ).toThrow(/g.csv, line 2: "2000"/);
  });
});
