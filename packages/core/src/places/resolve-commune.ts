import type {GroupementRow} from '@ti/data';
import type {
  CommuneRef,
  PlaceAnswer,
  PlaceCandidate,
  PlaceKind,
  Reason,
} from './place-answer.ts';
import {
  currentCommuneCode,
  groupementRef,
  territoryForCommune,
  territoryRef,
} from './perimeter.ts';
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
  const candidate = communeCandidate(places, index, kind);
  return {
    input,
    status: candidate.territory ? 'in-territory' : 'not-in-territory',
    kind,
    territory: candidate.territory,
    commune: candidate.commune,
    groupement: candidate.groupement,
    reason: communeReason(places, index),
    vintage: places.perimeter.vintage,
  };
}

export function communeCandidate(
  places: Places,
  index: number,
  kind: PlaceKind
): PlaceCandidate {
  const territory = territoryForCommune(
    places.perimeter,
    places.directory.codes[index]!
  );
  const groupement = explainingGroupement(
    places,
    index,
    territory ? places.perimeter.territories.indexOf(territory) : -1
  );
  return {
    kind,
    commune: communeRef(places, index),
    groupement: groupement ? groupementRef(groupement) : null,
    territory: territory ? territoryRef(territory) : null,
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

function communeReason(places: Places, index: number): Reason {
  const territory = territoryForCommune(
    places.perimeter,
    places.directory.codes[index]!
  );
  if (!territory) return {code: 'commune-not-in-territory'};
  const territoryIndex = places.perimeter.territories.indexOf(territory);
  const viaGroupement = [
    places.directory.ept[index]!,
    places.directory.epci[index]!,
  ].some(
    (g) =>
      g >= 0 && places.perimeter.groupements[g]!.territory === territoryIndex
  );
  return {
    code: 'commune-in-territory',
    membership: viaGroupement ? 'groupement' : 'commune-listed',
  };
}

/**
 * The intercommunality to name in the reason: the one that brings the commune into its territory when there is one
 * (the EPT in Greater Paris, where the company API only knows the Métropole), else the EPT, else the EPCI.
 */
function explainingGroupement(
  places: Places,
  index: number,
  territoryIndex: number
): GroupementRow | null {
  const {groupements} = places.perimeter;
  const ids = [
    places.directory.ept[index]!,
    places.directory.epci[index]!,
  ].filter((g) => g >= 0);
  const rows = ids.map((g) => groupements[g]!);
  return (
    rows.find((g) => territoryIndex >= 0 && g.territory === territoryIndex) ??
    rows[0] ??
    null
  );
}
