import type {PlaceAnswer} from './place-answer.ts';
import {findGroupement, type Perimeter} from './perimeter.ts';

/** The department of a commune code: three characters overseas (971…), two elsewhere (01…, 2A, 2B). */
export const departmentOf = (code: string): string =>
  code.slice(0, code.startsWith('97') ? 3 : 2);

/** INSEE code of the region a commune is in, or null for a code the tables do not know. */
export function regionOfCommune(
  perimeter: Perimeter,
  code: string
): string | null {
  return perimeter.departmentRegions[departmentOf(code)] ?? null;
}

/**
 * The region of an answered place, for regional schemes: that of its commune, the one region all its communes
 * share (a postcode), or the one region all an intercommunality's communes are in (from its departments, so that
 * `siren:200034130` has one without loading its communes). Null when it has none or spans regions: the scheme is
 * then "to check".
 */
export function placeRegion(
  perimeter: Perimeter,
  answer: Pick<PlaceAnswer, 'commune' | 'communes' | 'groupement'>
): string | null {
  const codes = answer.commune
    ? [answer.commune.code]
    : (answer.communes ?? []).map((c) => c.code);
  const groupement =
    codes.length === 0 && answer.groupement
      ? findGroupement(perimeter, answer.groupement.siren)
      : null;
  const regions = new Set(
    groupement
      ? groupement.departments.map(
          (d) => perimeter.departmentRegions[d] ?? null
        )
      : codes.map((code) => regionOfCommune(perimeter, code))
  );
  const [only] = regions;
  return regions.size === 1 && only ? only : null;
}
