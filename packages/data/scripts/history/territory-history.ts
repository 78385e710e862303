import type {EarlierTerritory} from '../../src/history.ts';

/** A territory with the SIRENs of its groupements, in either phase. */
export interface TerritoryGroupements {
  id: string;
  name: string;
  sirens: readonly string[];
}

/**
 * For each current territory, the first-phase territories that held some of its groupements, by SIREN (ids were
 * reused across phases, so an id is never compared with the other phase's), most shared first, then by id.
 */
export function territoryHistory(
  current: readonly TerritoryGroupements[],
  earlier: readonly TerritoryGroupements[]
): Record<string, EarlierTerritory[]> {
  const earlierBySiren = new Map<string, TerritoryGroupements[]>();
  for (const territory of earlier)
    for (const siren of new Set(territory.sirens)) {
      const holders = earlierBySiren.get(siren);
      if (holders) holders.push(territory);
      else earlierBySiren.set(siren, [territory]);
    }
  const history: Record<string, EarlierTerritory[]> = {};
  for (const territory of current) {
    const shared = new Map<TerritoryGroupements, number>();
    for (const siren of new Set(territory.sirens))
      for (const holder of earlierBySiren.get(siren) ?? [])
        shared.set(holder, (shared.get(holder) ?? 0) + 1);
    if (shared.size === 0) continue;
    history[territory.id] = [...shared]
      .map(([{id, name}, count]) => ({id, name, shared: count}))
      .sort((a, b) => b.shared - a.shared || a.id.localeCompare(b.id));
  }
  return history;
}

/** The first phase's territories from ANCT's phase-1 GeoJSON (`id_ti`, `lib_ti`, `siren_groupement` joined by ", "). */
export function phase1Territories(geojson: string): TerritoryGroupements[] {
  const parsed = JSON.parse(geojson) as {
    features?: {properties?: Record<string, unknown>}[];
  };
  const byId = new Map<string, TerritoryGroupements & {sirens: string[]}>();
  for (const [i, feature] of (parsed.features ?? []).entries()) {
    const {
      id_ti: id,
      lib_ti: name,
      siren_groupement: sirens,
    } = feature.properties ?? {};
    if (typeof id !== 'string' || !/^ti-\d{4}$/.test(id))
      throw new Error(`phase-1 feature ${i}: no territory id (id_ti)`);
    if (typeof name !== 'string' || !name.trim())
      throw new Error(`phase-1 territory ${id}: no name (lib_ti)`);
    const list = String(sirens ?? '')
      .split(/,\s*/)
      .filter(Boolean);
    const bad = list.find((siren) => !/^\d{9}$/.test(siren));
    if (bad)
      throw new Error(`phase-1 territory ${id}: "${bad}" is not a SIREN`);
    const territory = byId.get(id) ?? {id, name: name.trim(), sirens: []};
    territory.sirens.push(...list);
    byId.set(id, territory);
  }
  return [...byId.values()];
}
