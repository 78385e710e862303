import {describe, expect, it} from 'vitest';
import {decodeCodeList, encodeCodeList} from '../../src/code-list.ts';
import type {CommunesTable, Vintage} from '../../src/tables.ts';
import {shardCommunes, shardIndexModule} from './commune-shards.ts';

const vintage = {phase: '2023-2027'} as Vintage;
const table = (codes: string[], postcodes: string[]): CommunesTable => ({
  vintage,
  codes: encodeCodeList(codes),
  names: codes.map((code) => `N${code}`),
  postcodes,
  epci: codes.map((_, i) => i),
  ept: codes.map(() => -1),
  population: codes.map((_, i) => i * 10),
});

describe('shardCommunes', () => {
  it('cuts the table into one shard per department, in code order, with offsets into the whole', () => {
    const {index, shards} = shardCommunes(
      table(
        // Numeric order, the tables' order: Corsica last.
        ['01001', '01002', '97101', '2A004', '2B002'],
        ['01100', '01100 01200', '97100', '20000', '20200']
      ),
      ['01', '01', '971', '2A', '2B']
    );
    expect(index.shards).toEqual([
      {department: '01', offset: 0, count: 2},
      {department: '971', offset: 2, count: 1},
      {department: '2A', offset: 3, count: 1},
      {department: '2B', offset: 4, count: 1},
    ]);
    expect(shards[0]).toEqual({
      department: '01',
      codes: encodeCodeList(['01001', '01002']),
      names: ['N01001', 'N01002'],
      postcodes: ['01100', '01100 01200'],
      epci: [0, 1],
      ept: [-1, -1],
      population: [0, 10],
    });
    expect(decodeCodeList(shards[2]!.codes)).toEqual(['2A004']);
    expect(shards[2]!.population).toEqual([30]);
    expect(
      Object.fromEntries(
        Object.entries(index.postcodes).map(([d, list]) => [
          d,
          decodeCodeList(list),
        ])
      )
    ).toEqual({
      '01': ['01100', '01200'],
      '2A': ['20000'],
      '2B': ['20200'],
      '971': ['97100'],
    });
    expect(index.vintage).toBe(vintage);
  });

  it.each([
    [
      'a department in two runs',
      ['01001', '02001', '03001'],
      ['01', '02', '01'],
      /department 01 are not one run/,
    ],
    [
      'a code outside its department',
      ['01001', '02001'],
      ['01', '03'],
      /commune 02001 is in department 03/,
    ],
    [
      'a department code that starts another',
      ['97101', '97201'],
      ['97', '972'],
      /starts with another/,
    ],
    [
      'a column of another length',
      ['01001', '01002'],
      ['01'],
      /1 departments for 2 communes/,
    ],
  ])('refuses %s', (_, codes, departments, message) => {
    expect(() =>
      shardCommunes(
        table(
          codes,
          codes.map(() => '')
        ),
        departments
      )
    ).toThrow(message);
  });
});

describe('shardIndexModule', () => {
  it('writes one explicit loader per shard, which every bundler can split', () => {
    const {js, dts} = shardIndexModule(
      {
        vintage,
        shards: [
          {department: '01', offset: 0, count: 2},
          {department: '2A', offset: 2, count: 1},
        ],
        postcodes: {},
      },
      'test'
    );
    expect(js).toContain(`  "01": () => import('./communes/01.js'),\n`);
    expect(js).toContain(`  "2A": () => import('./communes/2A.js'),\n`);
    expect(js).not.toContain('${');
    expect(dts).toContain('export declare const loaders');
  });
});
