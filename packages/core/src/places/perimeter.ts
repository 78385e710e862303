import {
  decodeCodeList,
  type CommuneTerritoryTable,
  type GroupementRow,
  type TerritoriesTable,
  type TerritoryRow,
} from '@ti-toolkit/data';
import {lazy} from '../lazy.ts';
import {currentCommunes, type CurrentCommunes} from './current-communes.ts';
import type {GroupementRef, TerritoryRef, VintageRef} from './place-answer.ts';

/**
 * The territories and the commune -> territory index: what a verdict by INSEE code needs, and nothing more
 * (about 60 kB gzip), so that a badge or a card can answer without the commune names.
 */
export interface Perimeter {
  vintage: VintageRef;
  territories: readonly TerritoryRow[];
  groupements: readonly GroupementRow[];
  regions: Readonly<Record<string, string>>;
  departments: Readonly<Record<string, string>>;
  departmentRegions: Readonly<Record<string, string>>;
  /** Territory index of each current commune in a territory. */
  territoryIndexByCommune: ReadonlyMap<string, number>;
  groupementIndexBySiren: ReadonlyMap<string, number>;
  territoryIndexById: ReadonlyMap<string, number>;
  arrondissements: Readonly<Record<string, string>>;
  oldCodes: Readonly<Record<string, string>>;
  /** Every current commune of the COG year: a registered code outside it is unknown to the data, not "no territory". */
  currentCommunes: CurrentCommunes;
}

export function createPerimeter(
  territories: TerritoriesTable,
  index: CommuneTerritoryTable
): Perimeter {
  const territoryIndexByCommune = new Map<string, number>();
  index.territories.forEach((id, i) => {
    for (const code of decodeCodeList(index.communes[i] ?? ''))
      territoryIndexByCommune.set(code, i);
  });
  const {phase, perimeterDate, cogYear, attribution} = territories.vintage;
  return {
    vintage: {phase, perimeterDate, cogYear, attribution},
    territories: territories.territories,
    groupements: territories.groupements,
    regions: territories.regions,
    departments: territories.departments,
    departmentRegions: territories.departmentRegions,
    territoryIndexByCommune,
    groupementIndexBySiren: new Map(
      territories.groupements.map((g, i) => [g.siren, i])
    ),
    territoryIndexById: new Map(
      territories.territories.map((t, i) => [t.id, i])
    ),
    arrondissements: index.arrondissements,
    oldCodes: index.oldCodes,
    currentCommunes: currentCommunes(index.currentCommunes),
  };
}

/** Loads the perimeter tables once, on first use (dynamic import: code that never asks never downloads them). */
export const loadPerimeter = lazy(async () => {
  const [territories, index] = await Promise.all([
    import('@ti-toolkit/data/territories'),
    import('@ti-toolkit/data/commune-territory'),
  ]);
  return createPerimeter(territories.default, index.default);
});

/** The commune a typed code stands for: itself, a municipal arrondissement's commune, or a merged commune's successor. */
export function currentCommuneCode(
  perimeter: Perimeter,
  code: string
): {code: string; via?: 'arrondissement' | 'old-code'} {
  const commune = perimeter.arrondissements[code];
  if (commune) return {code: commune, via: 'arrondissement'};
  const successor = perimeter.oldCodes[code];
  if (successor) return {code: successor, via: 'old-code'};
  return {code};
}

/** The territory a current commune is in, or null. Well under a microsecond: one map lookup. */
export function territoryForCommune(
  perimeter: Perimeter,
  code: string
): TerritoryRow | null {
  const index = perimeter.territoryIndexByCommune.get(code);
  return index === undefined ? null : perimeter.territories[index]!;
}

export function findTerritory(
  perimeter: Perimeter,
  id: string
): TerritoryRow | null {
  const index = perimeter.territoryIndexById.get(id.trim().toLowerCase());
  return index === undefined ? null : perimeter.territories[index]!;
}

export function findGroupement(
  perimeter: Perimeter,
  siren: string
): GroupementRow | null {
  const index = perimeter.groupementIndexBySiren.get(siren);
  return index === undefined ? null : perimeter.groupements[index]!;
}

export const territoryRef = (t: TerritoryRow): TerritoryRef => ({
  id: t.id,
  name: t.name,
  phase: t.phase,
});
export const groupementRef = (g: GroupementRow): GroupementRef => ({
  siren: g.siren,
  name: g.name,
  kind: g.kind,
});
