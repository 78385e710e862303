import type {
  CommuneShard,
  CommuneShardIndex,
  CommunesTable,
  CommuneTerritoryTable,
  GroupementKind,
  GroupementRow,
  TerritoriesTable,
  TerritoryRow,
  Vintage,
} from '../../src/tables.ts';
import {communeCodeToNumber, encodeCodeList} from '../../src/code-list.ts';
import type {Cog, CogCommune} from './cog.ts';
import {shardCommunes} from './commune-shards.ts';
import type {PerimeterSource} from './perimeter-source.ts';
import {SourceError} from './perimeter-source.ts';

export interface PerimeterTables {
  territories: TerritoriesTable;
  communeTerritory: CommuneTerritoryTable;
  communes: CommunesTable;
  /** The commune table split by department, and the postcode -> departments index. */
  communeShards: {index: CommuneShardIndex; shards: CommuneShard[]};
}

export interface BuildResult {
  tables: PerimeterTables;
  /** Facts a maintainer should read (e.g. communes of the commune file that no longer exist). */
  warnings: string[];
}

type Aliases = Pick<CommuneTerritoryTable, 'arrondissements' | 'oldCodes'>;

const EPCI_KINDS: Record<string, GroupementKind> = {
  CC: 'cc',
  CA: 'ca',
  CU: 'cu',
  METRO: 'metropole',
  MET69: 'metropole',
};

/** Matches ANCT's perimeter with the official geography and lays out the tables. Pure: no I/O. */
export function buildTables(
  source: PerimeterSource,
  cog: Cog,
  vintage: Vintage
): BuildResult {
  const warnings: string[] = [];
  const current = cog.communes
    .filter((c) => c.type === 'commune-actuelle')
    .sort(byCode);
  const communeByCode = new Map(current.map((c) => [c.code, c]));
  const aliases = buildAliases(cog.communes, communeByCode);

  const groupements = collectGroupements(source, cog, current);
  const groupementIndex = new Map(groupements.map((g, i) => [g.siren, i]));
  const members = membersBySiren(cog, current);

  const territoryIds = source.territories.map((t) => t.id);
  const communeTerritory =
    source.communeTerritory !== undefined
      ? fromCommuneFile(
          source.communeTerritory,
          communeByCode,
          aliases,
          warnings
        )
      : fromGroupements(source, members);

  for (const territory of source.territories)
    for (const {siren, name} of territory.groupements)
      if (!members.has(siren)) {
        const message = `${territory.id}: groupement ${name} (${siren}) is not in the COG ${cog.year} geography`;
        if (source.communeTerritory === undefined)
          throw new SourceError(message);
        warnings.push(message);
      }

  const territoryIndex = new Map(territoryIds.map((id, i) => [id, i]));
  const codesByTerritory = territoryIds.map(() => [] as string[]);
  for (const [code, id] of [...communeTerritory].sort(([a], [b]) =>
    a.localeCompare(b)
  )) {
    const index = territoryIndex.get(id);
    if (index === undefined)
      throw new SourceError(
        `commune ${code} refers to unknown territory ${id}`
      );
    codesByTerritory[index]!.push(code);
  }

  for (const [siren, codes] of members) {
    const index = groupementIndex.get(siren)!;
    const ids = new Set(codes.map((code) => communeTerritory.get(code)));
    const listed = source.territories.some((t) =>
      t.groupements.some((g) => g.siren === siren)
    );
    const [only] = ids;
    if (listed && ids.size === 1 && only !== undefined)
      groupements[index]!.territory = territoryIndex.get(only)!;
  }

  const territories: TerritoryRow[] = source.territories.map((t, i) => {
    const communes = codesByTerritory[i]!.map((code) =>
      communeByCode.get(code)!
    );
    const lead = t.id.slice(3, 5);
    return {
      id: t.id,
      name: t.name,
      phase: vintage.phase,
      regions: unique(communes.map((c) => c.region ?? '')).sort(
        (a, b) => Number(b === lead) - Number(a === lead)
      ),
      departments: unique(communes.map((c) => c.departement ?? '')),
      groupements: t.groupements.flatMap(
        (g) => groupementIndex.get(g.siren) ?? []
      ),
      communeCount: communes.length,
      population: communes.reduce((sum, c) => sum + (c.population ?? 0), 0),
    };
  });
  for (const t of territories)
    if (t.communeCount === 0) warnings.push(`${t.id} ${t.name}: no commune`);

  const epciOf = memberIndex(cog.epci, groupementIndex);
  const eptOf = memberIndex(cog.ept, groupementIndex);
  const communes: CommunesTable = {
    vintage,
    codes: encodeCodeList(current.map((c) => c.code)),
    names: current.map((c) => c.nom),
    postcodes: current.map((c) => (c.codesPostaux ?? []).join(' ')),
    epci: current.map((c) => epciOf.get(c.code) ?? -1),
    ept: current.map((c) => eptOf.get(c.code) ?? -1),
    population: current.map((c) => c.population ?? 0),
  };
  return {
    warnings,
    tables: {
      territories: {
        vintage,
        territories,
        groupements,
        regions: Object.fromEntries(cog.regions.map((r) => [r.code, r.nom])),
        departments: Object.fromEntries(
          cog.departements.map((d) => [d.code, d.nom])
        ),
        departmentRegions: Object.fromEntries(
          cog.departements.flatMap((d) =>
            d.region ? [[d.code, d.region]] : []
          )
        ),
      },
      communeTerritory: {
        vintage,
        territories: territoryIds,
        communes: codesByTerritory.map(encodeCodeList),
        arrondissements: aliases.arrondissements,
        oldCodes: aliases.oldCodes,
        currentCommunes: encodeCodeList(current.map((c) => c.code)),
      },
      communes,
      communeShards: shardCommunes(
        communes,
        current.map((c) => departmentOf(c))
      ),
    },
  };
}

function epciKind(g: Cog['epci'][number]): GroupementKind {
  const kind = EPCI_KINDS[g.type];
  // A new legal form in the COG must be named here, not silently read as a CC.
  if (!kind)
    throw new SourceError(
      `EPCI ${g.nom} (${g.code}) has an unknown type "${g.type}"`
    );
  return kind;
}

function collectGroupements(
  source: PerimeterSource,
  cog: Cog,
  current: CogCommune[]
): GroupementRow[] {
  const departmentByCode = new Map(
    current.map((c) => [c.code, departmentOf(c)])
  );
  const departments = (g: Cog['epci'][number]) =>
    unique(g.membres.map((m) => departmentByCode.get(m.code) ?? ''));
  const rows: GroupementRow[] = [
    ...cog.epci.map((g) => ({
      siren: g.code,
      name: g.nom,
      kind: epciKind(g),
      territory: -1,
      departments: departments(g),
    })),
    ...cog.ept.map((g) => ({
      siren: g.code,
      name: g.nom,
      kind: 'ept' as const,
      territory: -1,
      departments: departments(g),
    })),
  ];
  const known = new Set(rows.map((g) => g.siren));
  const communeBySiren = new Map(
    current.filter((c) => c.siren).map((c) => [c.siren!, c])
  );
  // A territory may take single communes of an intercommunality (ti-7506, ti-2707): they are groupements too.
  for (const territory of source.territories)
    for (const {siren} of territory.groupements) {
      const commune = communeBySiren.get(siren);
      if (commune && !known.has(siren)) {
        rows.push({
          siren,
          name: commune.nom,
          kind: 'commune',
          territory: -1,
          departments: [departmentOf(commune)],
        });
        known.add(siren);
      }
    }
  return rows.sort((a, b) => a.siren.localeCompare(b.siren));
}

/** SIREN of each groupement (EPCI, EPT or single commune) -> its current member communes. */
function membersBySiren(
  cog: Cog,
  current: CogCommune[]
): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const g of [...cog.epci, ...cog.ept])
    members.set(g.code, g.membres.map((m) => m.code).sort());
  for (const c of current)
    if (c.siren && !members.has(c.siren)) members.set(c.siren, [c.code]);
  return members;
}

function fromGroupements(
  source: PerimeterSource,
  members: Map<string, string[]>
): Map<string, string> {
  const map = new Map<string, string>();
  for (const territory of source.territories)
    for (const {siren} of territory.groupements)
      for (const code of members.get(siren) ?? []) {
        const previous = map.get(code);
        if (previous && previous !== territory.id)
          throw new SourceError(
            `commune ${code} would be in both ${previous} and ${territory.id}`
          );
        map.set(code, territory.id);
      }
  return map;
}

function fromCommuneFile(
  published: Map<string, string>,
  communeByCode: Map<string, CogCommune>,
  aliases: Aliases,
  warnings: string[]
): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, id] of published) {
    const currentCode = communeByCode.has(code)
      ? code
      : (aliases.oldCodes[code] ?? aliases.arrondissements[code]);
    if (currentCode === undefined) {
      warnings.push(
        `commune file: ${code} (${id}) is not a commune in the COG geography, skipped`
      );
      continue;
    }
    const previous = map.get(currentCode);
    if (previous && previous !== id)
      warnings.push(
        `commune file: ${currentCode} merges communes of ${previous} and ${id}; kept ${previous}`
      );
    else map.set(currentCode, id);
  }
  return map;
}

function buildAliases(
  all: CogCommune[],
  communeByCode: Map<string, CogCommune>
): Aliases {
  const arrondissements: Record<string, string> = {};
  const oldCodes: Record<string, string> = {};
  for (const c of [...all].sort(byCode)) {
    if (c.type === 'arrondissement-municipal' && c.commune)
      arrondissements[c.code] = c.commune;
    const targets: [string, string][] =
      c.type === 'commune-actuelle'
        ? (c.anciensCodes ?? []).map((old) => [old, c.code])
        : c.chefLieu
          ? [[c.code, c.chefLieu]]
          : [];
    for (const [old, target] of targets)
      if (!communeByCode.has(old) && communeByCode.has(target))
        oldCodes[old] ??= target;
  }
  return {arrondissements, oldCodes: sortKeys(oldCodes)};
}

function memberIndex(
  groups: Cog['epci'],
  index: Map<string, number>
): Map<string, number> {
  const map = new Map<string, number>();
  for (const g of groups)
    for (const m of g.membres) map.set(m.code, index.get(g.code)!);
  return map;
}

/** A current commune's department: every shard and groupement needs it, so a commune without one is an error. */
function departmentOf(c: CogCommune): string {
  if (!c.departement)
    throw new SourceError(`commune ${c.nom} (${c.code}) has no department`);
  return c.departement;
}

/** Numeric order, the order of the encoded code lists (Corsica last). */
const byCode = (a: {code: string}, b: {code: string}) =>
  communeCodeToNumber(a.code) - communeCodeToNumber(b.code);
const unique = (values: string[]) =>
  [...new Set(values.filter(Boolean))].sort();
const sortKeys = (record: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(record).sort(([a], [b]) => a.localeCompare(b))
  );
