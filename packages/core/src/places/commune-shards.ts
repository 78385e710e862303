import {
  decodeCodeList,
  type CommuneShard,
  type CommuneShardIndex,
} from '@ti-toolkit/data';
import {lazy} from '../lazy.ts';
import {
  loadCommuneDirectory,
  type CommuneDirectory,
} from './commune-directory.ts';
import type {PlaceQuery} from './parse-place.ts';
import {
  currentCommuneCode,
  findGroupement,
  type Perimeter,
} from './perimeter.ts';

/** Where the communes come from (ADR 0016): the generated modules, or a test's. */
export interface CommuneSource {
  /** The shards' departments and the postcode -> departments index (a few kB). */
  index(): Promise<CommuneShardIndex>;
  /** One department's communes. */
  shard(department: string): Promise<CommuneShard>;
  /** Every commune at once, from one module: what name search reads. */
  all(): Promise<CommuneDirectory>;
}

const generatedIndex = lazy(() => import('@ti-toolkit/data/commune-shards'));

/** The generated tables: each shard is its own module, downloaded the first time a query needs it. */
export const generatedCommunes: CommuneSource = {
  index: async () => (await generatedIndex()).default,
  async shard(department) {
    const load = (await generatedIndex()).loaders[department];
    if (!load) throw new Error(`no commune shard for department ${department}`);
    return (await load()).default;
  },
  all: loadCommuneDirectory,
};

/** What the shard index tells before any shard is loaded. */
export interface ShardMap {
  /** The shards' departments, in code order. */
  departments: readonly string[];
  departmentsByPostcode: ReadonlyMap<string, readonly string[]>;
}

const maps = new WeakMap<CommuneShardIndex, ShardMap>();

export function shardMap(index: CommuneShardIndex): ShardMap {
  let map = maps.get(index);
  if (!map) {
    const departmentsByPostcode = new Map<string, string[]>();
    // The index's array gives the code order; a record's keys would put "75" before "01".
    for (const {department} of index.shards)
      for (const postcode of decodeCodeList(index.postcodes[department] ?? ''))
        departmentsByPostcode.set(postcode, [
          ...(departmentsByPostcode.get(postcode) ?? []),
          department,
        ]);
    map = {
      departments: index.shards.map((s) => s.department),
      departmentsByPostcode,
    };
    maps.set(index, map);
  }
  return map;
}

/** The shard a commune code would be in: the department its code starts with (971…, then 01…, 2A); null if none. */
export function shardOfCode(map: ShardMap, code: string): string | null {
  return (
    map.departments.find((d) => d.length === 3 && code.startsWith(d)) ??
    map.departments.find((d) => d.length === 2 && code.startsWith(d)) ??
    null
  );
}

/** Whether a parsed place is answered from the perimeter alone, before any company lookup: no index to load. */
export function needsNoShard(perimeter: Perimeter, query: PlaceQuery): boolean {
  return (
    query.kind === 'siret' ||
    (query.kind === 'siren' && !partialGroupement(perimeter, query.siren))
  );
}

/** The groupement of a SIREN when it is not wholly in one territory: its answer names its communes. */
function partialGroupement(perimeter: Perimeter, siren: string) {
  const groupement = findGroupement(perimeter, siren);
  return groupement && groupement.territory < 0 ? groupement : null;
}

/**
 * The shards a parsed place needs, in code order, or 'all' for a name. An INSEE code needs the shard of the commune
 * it stands for (an arrondissement's or old code's current commune); a postcode the shards of its communes'
 * departments; an intercommunality wholly in a territory none (its answer names no commune), otherwise the shards
 * of its communes; a company's identifier none until the company is located (then its commune's).
 */
export function shardsNeeded(
  perimeter: Perimeter,
  map: ShardMap,
  query: PlaceQuery
): readonly string[] | 'all' {
  const ofCode = (code: string) => {
    const shard = shardOfCode(
      map,
      currentCommuneCode(perimeter, code.toUpperCase()).code
    );
    return shard ? [shard] : [];
  };
  const ofPostcode = (code: string) =>
    map.departmentsByPostcode.get(code) ?? [];
  const needed = ((): readonly string[] | 'all' => {
    switch (query.kind) {
      case 'insee':
        return ofCode(query.code);
      case 'postcode':
        return ofPostcode(query.code);
      case 'insee-or-postcode':
        return [...ofCode(query.code), ...ofPostcode(query.code)];
      case 'name':
        return 'all';
      case 'siren':
        return partialGroupement(perimeter, query.siren)?.departments ?? [];
      case 'siret':
        return [];
    }
  })();
  if (needed === 'all') return needed;
  const wanted = new Set(needed);
  return map.departments.filter((d) => wanted.has(d));
}
