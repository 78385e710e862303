import type {PlaceAnswer, PlaceCandidate} from './place-answer.ts';
import {findGroupement, groupementRef, territoryRef} from './perimeter.ts';
import type {Places} from './places.ts';
import {communeCandidate, emptyAnswer} from './resolve-commune.ts';

/**
 * The answer for an intercommunality's SIREN, or null when the SIREN is not one (it may be a company's).
 * A groupement only partly in territories (the Métropole du Grand Paris, whose EPTs are the members; an EPCI
 * some of whose communes are listed alone) is "ambiguous" with the territories concerned.
 */
export function resolveGroupement(
  places: Places,
  siren: string,
  input = siren
): PlaceAnswer | null {
  const {perimeter, directory} = places;
  const groupement = findGroupement(perimeter, siren);
  if (!groupement) return null;
  const ref = groupementRef(groupement);
  const base = {
    ...emptyAnswer(places, input, 'not-in-territory', 'groupement', {
      code: 'groupement-not-in-territory',
    }),
    groupement: ref,
  };
  const whole = perimeter.territories[groupement.territory];
  if (whole)
    return {
      ...base,
      status: 'in-territory',
      territory: territoryRef(whole),
      reason: {code: 'groupement-in-territory'},
    };

  // Each member commune in a territory is a candidate, named by what brings it in: an EPT of the Métropole
  // du Grand Paris stands for its communes; a commune listed on its own stands for itself.
  const groupementIndex = perimeter.groupementIndexBySiren.get(siren)!;
  const column = groupement.kind === 'ept' ? directory.ept : directory.epci;
  const candidates = new Map<string, PlaceCandidate>();
  column.forEach((g, commune) => {
    if (g !== groupementIndex) return;
    const candidate = communeCandidate(places, commune, 'groupement');
    if (!candidate.territory) return;
    const through =
      candidate.groupement?.siren !== siren ? candidate.groupement : null;
    const key = through?.siren ?? candidate.commune!.code;
    if (!candidates.has(key))
      candidates.set(
        key,
        through
          ? {...candidate, commune: null}
          : {...candidate, groupement: ref}
      );
  });
  if (candidates.size === 0) return base;
  return {
    ...base,
    status: 'ambiguous',
    reason: {code: 'groupement-partly-in-territories'},
    candidates: [...candidates.values()],
  };
}
