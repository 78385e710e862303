import type {GroupementRow, TerritoryRow} from '@ti-toolkit/data';
import type {
  CommuneRef,
  PlaceAnswer,
  PlaceCandidate,
  PlaceKind,
  Reason,
} from './place-answer.ts';
import {currentCommuneCode, groupementRef, territoryRef} from './perimeter.ts';
import type {Places} from './places.ts';

/** The answer for one INSEE code: a current commune, a municipal arrondissement, or a merged commune's old code. */
export function resolveInsee(
  places: Places,
  code: string,
  input = code
): PlaceAnswer {
  const {perimeter, directory} = places;
  const current = currentCommuneCode(perimeter, code.toUpperCase());
  const index = directory.indexByCode.get(current.code);
  if (index === undefined)
    return emptyAnswer(places, input, 'not-found', 'insee', {
      code: 'unknown-code',
      detail: code,
    });
  const answer = communeAnswer(places, index, input, 'insee');
  return current.via
    ? {...answer, reason: {...answer.reason, via: current.via, typed: code}}
    : answer;
}

/** A commune's outcome: its territory (or none) and the intercommunality that explains it. */
export function communeAnswer(
  places: Places,
  index: number,
  input: string,
  kind: PlaceKind
): PlaceAnswer {
  const facts = communeFacts(places, index);
  const candidate = candidateOf(places, index, kind, facts);
  return {
    input,
    status: candidate.territory ? 'in-territory' : 'not-in-territory',
    kind,
    territory: candidate.territory,
    commune: candidate.commune,
    groupement: candidate.groupement,
    reason: facts.territory
      ? {
          code: 'commune-in-territory',
          membership: facts.throughGroupement ? 'groupement' : 'commune-listed',
        }
      : {code: 'commune-not-in-territory'},
    vintage: places.perimeter.vintage,
  };
}

export function communeCandidate(
  places: Places,
  index: number,
  kind: PlaceKind
): PlaceCandidate {
  return candidateOf(places, index, kind, communeFacts(places, index));
}

interface CommuneFacts {
  territory: TerritoryRow | null;
  /** The intercommunality to name in the reason. */
  groupement: GroupementRow | null;
  /** Whether that intercommunality is wholly in the territory (else the commune is listed on its own). */
  throughGroupement: boolean;
}

/**
 * The territory of a commune and the intercommunality that explains it: the one that brings the commune into its
 * territory when there is one (the EPT in Greater Paris, where the company API only knows the Métropole), else the
 * EPT, else the EPCI.
 */
function communeFacts(
  {perimeter, directory}: Places,
  index: number
): CommuneFacts {
  const territoryIndex =
    perimeter.territoryIndexByCommune.get(directory.codes[index]!) ?? -1;
  const rows = [directory.ept[index]!, directory.epci[index]!]
    .filter((g) => g >= 0)
    .map((g) => perimeter.groupements[g]!);
  const bringing = rows.find(
    (g) => territoryIndex >= 0 && g.territory === territoryIndex
  );
  return {
    territory: perimeter.territories[territoryIndex] ?? null,
    groupement: bringing ?? rows[0] ?? null,
    throughGroupement: bringing !== undefined,
  };
}

function candidateOf(
  places: Places,
  index: number,
  kind: PlaceKind,
  facts: CommuneFacts
): PlaceCandidate {
  return {
    kind,
    commune: communeRef(places, index),
    groupement: facts.groupement ? groupementRef(facts.groupement) : null,
    territory: facts.territory ? territoryRef(facts.territory) : null,
    postcodes: places.directory.postcodes[index]!.split(' ').filter(Boolean),
    population: places.directory.population[index]!,
  };
}

export const communeRef = ({directory}: Places, index: number): CommuneRef => ({
  code: directory.codes[index]!,
  name: directory.names[index]!,
});

export function emptyAnswer(
  places: Places,
  input: string,
  status: PlaceAnswer['status'],
  kind: PlaceKind | null,
  reason: Reason
): PlaceAnswer {
  return {
    input,
    status,
    kind,
    territory: null,
    commune: null,
    groupement: null,
    reason,
    vintage: places.perimeter.vintage,
  };
}
