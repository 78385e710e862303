import {describe, expect, it} from 'vitest';
import communeTerritory from '../generated/commune-territory.js';
import communes from '../generated/communes.js';
import shardIndex, {loaders} from '../generated/commune-shards.js';
import territories from '../generated/territories.js';
import {decodeCodeList} from './code-list.ts';
import type {
  CommuneShard,
  CommunesTable,
  CommuneTerritoryTable,
  TerritoriesTable,
} from './tables.ts';

// Facts about the 2023-2027 perimeter that ANCT's README and the programme's announcements confirm.
const t = territories as TerritoriesTable;
const index = communeTerritory as CommuneTerritoryTable;
const c = communes as CommunesTable;
const membersOf = (id: string) =>
  decodeCodeList(index.communes[index.territories.indexOf(id)]!);

describe('generated perimeter tables', () => {
  it('hold the 183 territories of phase 2023-2027, each id once', () => {
    expect(t.territories).toHaveLength(183);
    expect(new Set(t.territories.map((x) => x.id)).size).toBe(183);
    expect(
      t.territories.every(
        (x) => x.phase === '2023-2027' && /^ti-\d{4}$/.test(x.id)
      )
    ).toBe(true);
    expect(index.territories).toEqual(t.territories.map((x) => x.id));
  });

  it('list 641 groupements: 626 EPCI, 3 EPT and 12 single communes', () => {
    const listed = t.territories
      .flatMap((x) => x.groupements)
      .map((i) => t.groupements[i]!);
    expect(listed).toHaveLength(641);
    const kinds = listed.reduce<Record<string, number>>(
      (n, g) => ({...n, [g.kind]: (n[g.kind] ?? 0) + 1}),
      {}
    );
    expect(kinds).toEqual({
      cc: 430,
      ca: 170,
      metropole: 15,
      cu: 11,
      ept: 3,
      commune: 12,
    });
  });

  it('put 18,639 communes in a territory, none twice', () => {
    const all = index.communes.flatMap(decodeCodeList);
    expect(all).toHaveLength(18_639);
    expect(new Set(all).size).toBe(18_639);
    expect(t.territories.reduce((n, x) => n + x.communeCount, 0)).toBe(18_639);
  });

  it('keep partial intercommunalities partial', () => {
    expect(membersOf('ti-2707')).toContain('58046'); // Cercy-la-Tour, alone from its CC
    expect(
      t.groupements.find((g) => g.name === 'CC Bazois Loire Morvan')?.territory
    ).toBe(-1);
    expect(
      t.groupements.find((g) => g.name === 'CC Haute-Corrèze Communauté')
        ?.territory
    ).toBe(-1);
    expect(
      t.groupements.find((g) => g.name === 'Métropole du Grand Paris')
        ?.territory
    ).toBe(-1);
  });

  it('map Paris, Lyon and Marseille arrondissements to their commune', () => {
    expect(index.arrondissements['75108']).toBe('75056');
    expect(index.arrondissements['69383']).toBe('69123');
    expect(index.arrondissements['13216']).toBe('13055');
    expect(Object.keys(index.arrondissements)).toHaveLength(45);
  });

  it('map the old codes of merged and renumbered communes to current ones', () => {
    expect(Object.keys(index.oldCodes).length).toBeGreaterThan(4000);
    expect(index.oldCodes['01340']).toBe('01015'); // Arbignieu, merged into Arboys en Bugey
    expect(index.oldCodes['20004']).toBe('2A004'); // Ajaccio before Corsica's split
    const codes = new Set(decodeCodeList(c.codes));
    expect(Object.values(index.oldCodes).every((code) => codes.has(code))).toBe(
      true
    );
  });

  it('cover every current commune with aligned columns', () => {
    const codes = decodeCodeList(c.codes);
    expect(codes.length).toBeGreaterThan(34_900);
    for (const column of [c.names, c.postcodes, c.epci, c.ept, c.population])
      expect(column).toHaveLength(codes.length);
    expect(c.names[codes.indexOf('78571')]).toBe('Saint-Nom-la-Bretèche');
  });

  it('split the commune table into department shards that join back into it', async () => {
    const shards: CommuneShard[] = [];
    for (const {department} of shardIndex.shards)
      shards.push((await loaders[department]!()).default);
    expect(Object.keys(loaders).sort()).toEqual(
      shardIndex.shards.map((s) => s.department).sort()
    );
    expect(shards.map((s) => s.department)).toEqual(
      shardIndex.shards.map((s) => s.department)
    );
    expect(shards.flatMap((s) => decodeCodeList(s.codes))).toEqual(
      decodeCodeList(c.codes)
    );
    for (const column of [
      'names',
      'postcodes',
      'epci',
      'ept',
      'population',
    ] as const)
      expect(shards.flatMap((s): unknown[] => s[column])).toEqual(c[column]);
    let offset = 0;
    shards.forEach((shard, i) => {
      const row = shardIndex.shards[i]!;
      expect(row).toEqual({
        department: shard.department,
        offset,
        count: shard.names.length,
      });
      expect(
        decodeCodeList(shard.codes).every((code) =>
          code.startsWith(shard.department)
        )
      ).toBe(true);
      offset += row.count;
    });
    expect(shardIndex.shards).toHaveLength(109);
  });

  it.each([
    ['78810', ['78']],
    ['20000', ['2A']],
    ['20200', ['2B']],
    ['01200', ['01', '74']], // Bellegarde-sur-Valserine and a Haute-Savoie neighbour
    ['94390', ['91']], // Paray-Vieille-Poste (Essonne) has a Val-de-Marne postcode
    ['97133', ['977']], // Saint-Barthélemy
    ['75008', ['75']],
    ['99999', []],
  ])('index postcode %s under departments %j', (postcode, expected) => {
    const found = Object.entries(shardIndex.postcodes)
      .filter(([, list]) => decodeCodeList(list).includes(postcode))
      .map(([department]) => department);
    expect(found.sort()).toEqual(expected);
  });

  it('give each groupement the departments of its communes', () => {
    const bySiren = new Map(t.groupements.map((g) => [g.siren, g]));
    expect(bySiren.get('200034130')?.departments).toEqual(['78']); // CC Gally Mauldre
    expect(bySiren.get('200054781')?.departments).toEqual([
      '75',
      '91',
      '92',
      '93',
      '94',
      '95',
    ]); // Métropole du Grand Paris
    expect(t.groupements.every((g) => g.departments.length > 0)).toBe(true);
  });

  it('carry their vintage and the licence attribution', () => {
    for (const table of [t, index, c, shardIndex]) {
      expect(table.vintage).toMatchObject({
        phase: '2023-2027',
        perimeterDate: '2024-07-04',
        cogYear: 2026,
      });
      expect(table.vintage.attribution).toBe(
        "ANCT – Programme Territoires d'industrie, mise à jour du 04/07/2024"
      );
    }
  });
});
