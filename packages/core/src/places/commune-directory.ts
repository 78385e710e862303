import {decodeCodeList, type CommunesTable} from '@ti-toolkit/data';
import {lazy} from '../lazy.ts';

/** Every current commune with its name, postcodes and intercommunalities: for names, postcodes and search. */
export interface CommuneDirectory {
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
  const codes = decodeCodeList(table.codes);
  const indexesByPostcode = new Map<string, number[]>();
  table.postcodes.forEach((list, i) => {
    for (const postcode of list.split(' '))
      if (postcode) appendTo(indexesByPostcode, postcode, i);
  });
  return {
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
