import {
  decodeCodeList,
  type CommuneShard,
  type CommunesTable,
} from '@ti-toolkit/data';
import {lazy} from '../lazy.ts';

/**
 * Current communes with their names, postcodes and intercommunalities: every commune (for names and search), or
 * those of some departments (the shards a verdict by code, postcode or SIREN needs, ADR 0016). Indexes are
 * positions in this directory.
 */
export interface CommuneDirectory {
  /** The departments whose communes it holds, or 'all' when it holds every commune. */
  scope: 'all' | ReadonlySet<string>;
  codes: readonly string[];
  names: readonly string[];
  population: readonly number[];
  /** Index into the perimeter's groupements, -1 when none. */
  epci: readonly number[];
  ept: readonly number[];
  postcodes: readonly string[];
  indexByCode: ReadonlyMap<string, number>;
  indexesByPostcode: ReadonlyMap<string, readonly number[]>;
}

export function createCommuneDirectory(table: CommunesTable): CommuneDirectory {
  return directoryOf(decodeCodeList(table.codes), table, 'all');
}

type Columns = Pick<
  CommunesTable,
  'names' | 'postcodes' | 'epci' | 'ept' | 'population'
>;

function directoryOf(
  codes: string[],
  table: Columns,
  scope: CommuneDirectory['scope']
): CommuneDirectory {
  const indexesByPostcode = new Map<string, number[]>();
  table.postcodes.forEach((list, i) => {
    for (const postcode of list.split(' '))
      if (postcode) appendTo(indexesByPostcode, postcode, i);
  });
  return {
    scope,
    codes,
    names: table.names,
    population: table.population,
    epci: table.epci,
    ept: table.ept,
    postcodes: table.postcodes,
    indexByCode: new Map(codes.map((code, i) => [code, i])),
    indexesByPostcode,
  };
}

/** The communes of some departments' shards, in the order given (code order keeps answers in code order). */
export function directoryFromShards(
  shards: readonly CommuneShard[]
): CommuneDirectory {
  const column = <T>(pick: (shard: CommuneShard) => T[]) =>
    shards.flatMap(pick);
  return directoryOf(
    column((shard) => decodeCodeList(shard.codes)),
    {
      names: column((shard) => shard.names),
      postcodes: column((shard) => shard.postcodes),
      epci: column((shard) => shard.epci),
      ept: column((shard) => shard.ept),
      population: column((shard) => shard.population),
    },

    new Set(shards.map((shard) => shard.department))
  );
}

/** Whether the directory holds the communes of `department`. */
export const holdsDepartment = (
  directory: CommuneDirectory,
  department: string
): boolean => directory.scope === 'all' || directory.scope.has(department);

export function appendTo<K>(
  map: Map<K, number[]>,
  key: K,
  index: number
): void {
  const indexes = map.get(key);
  if (indexes) indexes.push(index);
  else map.set(key, [index]);
}

/** Loads the commune table once, on first use. */
export const loadCommuneDirectory = lazy(async () => {
  const table = await import('@ti-toolkit/data/communes');
  return createCommuneDirectory(table.default);
});
