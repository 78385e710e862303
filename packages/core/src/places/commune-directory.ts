import { decodeCodeList, type CommunesTable } from '@ti/data';
import { normalizeName } from './normalize-name.ts';

/** Every current commune with its name, postcodes and intercommunalities: for names, postcodes and search. */
export interface CommuneDirectory {
  codes: readonly string[];
  names: readonly string[];
  /** `normalizeName` of each name with a leading space (so that a word start is " word"), computed once for search. */
  spacedNames: readonly string[];
  population: readonly number[];
  epci: readonly number[];
  ept: readonly number[];
  indexByCode: ReadonlyMap<string, number>;
  indexesByPostcode: ReadonlyMap<string, readonly number[]>;
  /** Communes by `normalizeName` of their name: homonyms share an entry. */
  indexesByName: ReadonlyMap<string, readonly number[]>;
  postcodes: readonly string[];
}

export function createCommuneDirectory(table: CommunesTable): CommuneDirectory {
  const codes = decodeCodeList(table.codes);
  const searchNames = table.names.map(normalizeName);
  const indexesByPostcode = new Map<string, number[]>();
  const indexesByName = new Map<string, number[]>();
  table.postcodes.forEach((list, i) => {
    for (const postcode of list.split(' ')) if (postcode) append(indexesByPostcode, postcode, i);
  });
  searchNames.forEach((name, i) => append(indexesByName, name, i));
  const spacedNames = searchNames.map((name) => ` ${name}`);
  return {
    codes,
    names: table.names,
    spacedNames,
    indexesByName,
    population: table.population,
    epci: table.epci,
    ept: table.ept,
    indexByCode: new Map(codes.map((code, i) => [code, i])),
    indexesByPostcode,
    postcodes: table.postcodes,
  };
}

function append(map: Map<string, number[]>, key: string, index: number): void {
  const indexes = map.get(key);
  if (indexes) indexes.push(index);
  else map.set(key, [index]);
}

let loading: Promise<CommuneDirectory> | undefined;

/** Loads the commune table once, on first use. */
export function loadCommuneDirectory(): Promise<CommuneDirectory> {
  loading ??= import('@ti/data/communes.json', { with: { type: 'json' } }).then((module) =>
    createCommuneDirectory(module.default as CommunesTable),
  );
  return loading;
}
