import {
  currentCommuneCode,
  territoryForCommune,
  type Perimeter,
} from '../places/perimeter.ts';
import type {VintageRef} from '../places/place-answer.ts';

/** Whether a registered commune code is in a Territoire d'industrie, from the perimeter's tables. */
export type CommuneVerdict =
  | {
      status: 'in-territory';
      /** The current commune (an arrondissement or a merged commune's old code is mapped first). */
      communeCode: string;
      territory: {id: string; name: string};
    }
  | {status: 'not-in-territory'; communeCode: string}
  /**
   * The code is no commune of the data's COG year (a typo in the register, a commune newer than the data):
   * nothing can be said, and above all not "not in a territory". The vintage says which data did not know it.
   */
  | {status: 'unknown-commune'; communeCode: string; vintage: VintageRef};

export function communeVerdict(
  perimeter: Perimeter,
  code: string
): CommuneVerdict {
  const registered = code.trim().toUpperCase();
  const communeCode = currentCommuneCode(perimeter, registered).code;
  const territory = territoryForCommune(perimeter, communeCode);
  if (territory !== null)
    return {
      status: 'in-territory',
      communeCode,
      territory: {id: territory.id, name: territory.name},
    };
  if (!perimeter.currentCommunes.has(communeCode))
    return {
      status: 'unknown-commune',
      communeCode: registered,
      vintage: perimeter.vintage,
    };
  return {status: 'not-in-territory', communeCode};
}
