import {decodeCodeList} from '../../src/code-list.ts';
import type {
  CommuneTerritoryTable,
  TerritoriesTable,
} from '../../src/tables.ts';

/** What a maintainer needs to review after a rebuild: territories added, removed or renamed, communes moved. */
export interface PerimeterDiff {
  added: string[];
  removed: string[];
  renamed: {id: string; from: string; to: string}[];
  moved: {commune: string; from: string | null; to: string | null}[];
}

export function diffPerimeter(
  before: {
    territories: TerritoriesTable;
    communeTerritory: CommuneTerritoryTable;
  },
  after: {
    territories: TerritoriesTable;
    communeTerritory: CommuneTerritoryTable;
  }
): PerimeterDiff {
  const oldNames = new Map(
    before.territories.territories.map((t) => [t.id, t.name])
  );
  const newNames = new Map(
    after.territories.territories.map((t) => [t.id, t.name])
  );
  const oldCommunes = communeMap(before.communeTerritory);
  const newCommunes = communeMap(after.communeTerritory);
  return {
    added: [...newNames.keys()].filter((id) => !oldNames.has(id)),
    removed: [...oldNames.keys()].filter((id) => !newNames.has(id)),
    renamed: [...newNames]
      .filter(([id, name]) => oldNames.has(id) && oldNames.get(id) !== name)
      .map(([id, to]) => ({id, from: oldNames.get(id)!, to})),
    moved: [...new Set([...oldCommunes.keys(), ...newCommunes.keys()])]
      .sort()
      .filter((code) => oldCommunes.get(code) !== newCommunes.get(code))
      .map((commune) => ({
        commune,
        from: oldCommunes.get(commune) ?? null,
        to: newCommunes.get(commune) ?? null,
      })),
  };
}

export function formatDiff(diff: PerimeterDiff): string {
  const lines = [
    ...diff.added.map((id) => `+ territory ${id}`),
    ...diff.removed.map((id) => `- territory ${id}`),
    ...diff.renamed.map(
      ({id, from, to}) => `~ territory ${id}: "${from}" -> "${to}"`
    ),
    ...diff.moved.map(
      ({commune, from, to}) =>
        `~ commune ${commune}: ${from ?? 'none'} -> ${to ?? 'none'}`
    ),
  ];
  if (lines.length === 0)
    return 'No change in territories or commune membership.';
  const counts = `${diff.added.length} territories added, ${diff.removed.length} removed, ${diff.renamed.length} renamed; ${diff.moved.length} communes moved.`;
  return [counts, ...lines].join('\n');
}

function communeMap(table: CommuneTerritoryTable): Map<string, string> {
  const map = new Map<string, string>();
  table.territories.forEach((id, i) => {
    for (const code of decodeCodeList(table.communes[i] ?? ''))
      map.set(code, id);
  });
  return map;
}
