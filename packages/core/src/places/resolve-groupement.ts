import type {PlaceAnswer} from './place-answer.ts';
import {
  findGroupement,
  groupementRef,
  territoryForCommune,
  territoryRef,
} from './perimeter.ts';
import type {Places} from './places.ts';
import {emptyAnswer} from './resolve-commune.ts';

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

  const groupementIndex = perimeter.groupementIndexBySiren.get(siren)!;
  const column = groupement.kind === 'ept' ? directory.ept : directory.epci;
  const territories = new Map<string, ReturnType<typeof territoryRef>>();
  column.forEach((g, commune) => {
    if (g !== groupementIndex) return;
    const territory = territoryForCommune(perimeter, directory.codes[commune]!);
    if (territory) territories.set(territory.id, territoryRef(territory));
  });
  if (territories.size === 0) return base;
  return {
    ...base,
    status: 'ambiguous',
    reason: {code: 'groupement-partly-in-territories'},
    candidates: [...territories.values()].map((territory) => ({
      kind: 'groupement',
      commune: null,
      groupement: ref,
      territory,
    })),
  };
}
