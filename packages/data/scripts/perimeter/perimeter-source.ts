import {INSEE_CODE} from '../../src/code-list.ts';
import {parseCsv, pickColumn} from './csv.ts';

/** One territory as ANCT's files describe it, before it is matched with the official geography. */
export interface SourceTerritory {
  id: string;
  name: string;
  groupements: {siren: string; name: string}[];
}

/** What ANCT publishes: territories with their groupements, and optionally the commune list. */
export interface PerimeterSource {
  territories: SourceTerritory[];
  /** INSEE code (as published, possibly an old code) -> territory id, from ANCT's commune file. */
  communeTerritory?: Map<string, string>;
}

const TERRITORY_ID = /^ti-\d{4}$/;
const GROUPEMENT = /^(.+?)\s*\((\d{9})\)$/;

export class SourceError extends Error {
  override name = 'SourceError';
}

/** Reads ti_geom.geojson (superposeur-anct): one feature per territory, groupements in `liste_geo`. */
export function readGeojsonPerimeter(
  text: string,
  file: string
): PerimeterSource {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SourceError(
      `${file}: not valid JSON (${(error as Error).message})`
    );
  }
  const features = (json as {features?: unknown}).features;
  if (!Array.isArray(features))
    throw new SourceError(
      `${file}: no "features" array, not a FeatureCollection`
    );
  const territories = features.map(
    (feature: {properties?: Record<string, unknown>}, i) => {
      const where = `${file}, feature ${i}`;
      const props = feature.properties ?? {};
      const id = checkTerritoryId(props['id_territoire'], where);
      const name = checkName(props['lib_territoire'], `${where} (${id})`);
      const list = props['liste_geo'];
      if (typeof list !== 'string' || list.trim() === '')
        throw new SourceError(`${where} (${id}): empty "liste_geo"`);
      const groupements = list.split(';').map((entry) => {
        const match = GROUPEMENT.exec(entry.trim());
        if (!match)
          throw new SourceError(
            `${where} (${id}): cannot read groupement "${entry.trim()}"`
          );
        return {name: match[1]!, siren: match[2]!};
      });
      return {id, name, groupements};
    }
  );
  return {territories: checkUniqueIds(territories, file)};
}

/**
 * Reads ANCT's groupement file (one row per groupement: its SIREN, name and territory). Territory names come from
 * the row (`lib_ti`) or, when the file has none, from ANCT's list of territories (`names`, read by readTerritoryCsv).
 */
export function readGroupementCsv(
  text: string,
  file: string,
  names: ReadonlyMap<string, string> = new Map()
): PerimeterSource {
  const byId = new Map<string, SourceTerritory>();
  parseCsv(text).forEach((row, i) => {
    const where = `${file}, line ${i + 2}`;
    const id = checkTerritoryId(
      pickColumn(row, ['id_ti', 'id_territoire']),
      where
    );
    const siren =
      pickColumn(row, [
        'siren_groupement',
        'siren',
        'siren_grpt',
        'siren_epci',
        'code_grpt',
      ]) ?? '';
    if (!/^\d{9}$/.test(siren))
      throw new SourceError(`${where}: "${siren}" is not a groupement SIREN`);
    const name =
      pickColumn(row, [
        'lib_groupement',
        'lib_grpt',
        'nom_grpt',
        'lib_epci',
        'nom',
      ]) || siren;
    const territoryName =
      pickColumn(row, ['lib_ti', 'lib_territoire']) || names.get(id);
    if (territoryName === undefined)
      throw new SourceError(
        `${where}: territory ${id} has no name in this file: pass ANCT's list of territories with --territories-csv`
      );
    const territory = byId.get(id) ?? {
      id,
      name: checkName(territoryName, where),
      groupements: [],
    };
    territory.groupements.push({siren, name});
    byId.set(id, territory);
  });
  if (byId.size === 0) throw new SourceError(`${file}: no groupement rows`);
  return {territories: [...byId.values()]};
}

/** Reads ANCT's list of territories (`id_ti, lib_ti`) into id -> name. */
export function readTerritoryCsv(
  text: string,
  file: string
): Map<string, string> {
  const names = new Map<string, string>();
  parseCsv(text).forEach((row, i) => {
    const where = `${file}, line ${i + 2}`;
    const id = checkTerritoryId(
      pickColumn(row, ['id_ti', 'id_territoire']),
      where
    );
    names.set(
      id,
      checkName(pickColumn(row, ['lib_ti', 'lib_territoire']), where)
    );
  });
  if (names.size === 0) throw new SourceError(`${file}: no territory rows`);
  return names;
}

/** Reads ANCT's commune file (`insee_com, lib_com, id_ti, lib_ti`) into a commune -> territory map. */
export function readCommuneCsv(
  text: string,
  file: string
): Map<string, string> {
  const map = new Map<string, string>();
  parseCsv(text).forEach((row, i) => {
    const where = `${file}, line ${i + 2}`;
    const code = pickColumn(row, ['insee_com', 'insee', 'code_insee']) ?? '';
    if (!INSEE_CODE.test(code))
      throw new SourceError(`${where}: "${code}" is not an INSEE commune code`);
    const id = checkTerritoryId(pickColumn(row, ['id_ti']), where);
    const previous = map.get(code);
    if (previous && previous !== id)
      throw new SourceError(
        `${where}: commune ${code} in both ${previous} and ${id}`
      );
    map.set(code, id);
  });
  if (map.size === 0) throw new SourceError(`${file}: no commune rows`);
  return map;
}

function checkTerritoryId(value: unknown, where: string): string {
  if (typeof value !== 'string' || !TERRITORY_ID.test(value.trim()))
    throw new SourceError(
      `${where}: "${String(value)}" is not a territory id (ti-RRNN)`
    );
  return value.trim();
}

function checkName(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new SourceError(`${where}: territory without a name`);
  return value.trim().replace(/\s+/g, ' ');
}

function checkUniqueIds(
  territories: SourceTerritory[],
  file: string
): SourceTerritory[] {
  const seen = new Set<string>();
  for (const {id} of territories) {
    if (seen.has(id))
      throw new SourceError(`${file}: territory ${id} appears twice`);
    seen.add(id);
  }
  return territories;
}
