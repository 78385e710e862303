import type {CommuneShard} from '@ti-toolkit/data';
import {
  directoryFromShards,
  holdsDepartment,
  loadCommuneDirectory,
  type CommuneDirectory,
} from './commune-directory.ts';
import {
  generatedCommunes,
  needsNoShard,
  shardMap,
  shardsNeeded,
  type CommuneSource,
} from './commune-shards.ts';
import {parsePlace, type PlaceQuery} from './parse-place.ts';
import {loadPerimeter, type Perimeter} from './perimeter.ts';

/** Everything a place answer with its reasons needs: the perimeter and the communes the answer names. */
export interface Places {
  perimeter: Perimeter;
  directory: CommuneDirectory;
  /**
   * These places with the communes `query` needs too (ADR 0016); `resolvePlace` calls it once the input is parsed,
   * and again with the commune a company lookup found. Absent when the directory holds every commune.
   */
  loadFor?: (query: PlaceQuery) => Promise<Places>;
}

/** The perimeter and every commune: for lists of places (the command line), where loading by need gains nothing. */
export async function loadPlaces(): Promise<Places> {
  const [perimeter, directory] = await Promise.all([
    loadPerimeter(),
    loadCommuneDirectory(),
  ]);
  return {perimeter, directory};
}

/**
 * The places one input needs, and no more: the perimeter, then the shard of an INSEE code's department, the
 * shards of a postcode's communes, those of an intercommunality partly in territories, or every commune for a
 * name. A verdict on a partner page thus downloads a few kB of communes instead of all 35,000.
 */
export async function loadPlacesFor(
  input: string,
  source: CommuneSource = generatedCommunes
): Promise<Places> {
  const places = placesOnDemand(await loadPerimeter(), source);
  const parsed = parsePlace(input);
  return parsed.ok ? placesFor(places, parsed.value) : places;
}

/** `places` ready for `query`: itself when its directory already holds what the query needs. */
export function placesFor(places: Places, query: PlaceQuery): Promise<Places> {
  return places.loadFor ? places.loadFor(query) : Promise.resolve(places);
}

/** Places over the perimeter that load communes from `source` as queries need them, starting with `shards`. */
export function placesOnDemand(
  perimeter: Perimeter,
  source: CommuneSource,
  shards: readonly CommuneShard[] = []
): Places {
  const directory = directoryFromShards(shards);
  const places: Places = {
    perimeter,
    directory,
    async loadFor(query) {
      if (needsNoShard(perimeter, query)) return places;
      if (query.kind === 'name')
        return {perimeter, directory: await source.all()};
      const map = shardMap(await source.index());
      const needed = shardsNeeded(perimeter, map, query);
      if (needed === 'all') return {perimeter, directory: await source.all()};
      const missing = needed.filter((d) => !holdsDepartment(directory, d));
      if (missing.length === 0) return places;
      const added = await Promise.all(missing.map((d) => source.shard(d)));
      const order = (shard: CommuneShard) =>
        map.departments.indexOf(shard.department);
      return placesOnDemand(
        perimeter,
        source,
        [...shards, ...added].sort((a, b) => order(a) - order(b))
      );
    },
  };
  return places;
}
