import type {PlaceAnswer} from './place-answer.ts';
import type {Perimeter} from './perimeter.ts';

/** The department of a commune code: three characters overseas (971…), two elsewhere (01…, 2A, 2B). */
const departmentOf = (code: string) =>
  code.slice(0, code.startsWith('97') ? 3 : 2);

/** INSEE code of the region a commune is in, or null for a code the tables do not know. */
export function regionOfCommune(
  perimeter: Perimeter,
  code: string
): string | null {
  return perimeter.departmentRegions[departmentOf(code)] ?? null;
}

/**
 * The region of an answered place, for regional schemes: that of its commune, or the one region all its
 * communes share (a postcode). Null when it has no commune or spans regions: the scheme is then "to check".
 */
export function placeRegion(
  perimeter: Perimeter,
  answer: Pick<PlaceAnswer, 'commune' | 'communes'>
): string | null {
  const codes = answer.commune
    ? [answer.commune.code]
    : (answer.communes ?? []).map((c) => c.code);
  const regions = new Set(
    codes.map((code) => regionOfCommune(perimeter, code))
  );
  const [only] = regions;
  return regions.size === 1 && only ? only : null;
}
