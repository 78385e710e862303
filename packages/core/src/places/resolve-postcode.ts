import type {PlaceAnswer} from './place-answer.ts';
import {communeCandidate, emptyAnswer} from './resolve-commune.ts';
import type {Places} from './places.ts';

/**
 * A postcode's communes. When they share one outcome (all in the same territory, or none in a territory) that is
 * the answer, with the communes; otherwise the answer is "ambiguous" and lists each commune as a candidate.
 * About a quarter of postcodes cover communes of more than one intercommunality.
 */
export function resolvePostcode(
  places: Places,
  postcode: string,
  input = postcode
): PlaceAnswer {
  const indexes = places.directory.indexesByPostcode.get(postcode);
  if (!indexes)
    return emptyAnswer(places, input, 'not-found', 'postcode', {
      code: 'unknown-postcode',
      detail: postcode,
    });
  const candidates = indexes.map((index) =>
    communeCandidate(places, index, 'postcode')
  );
  const outcomes = new Set(candidates.map((c) => c.territory?.id ?? null));
  const communes = candidates.map((c) => c.commune!);
  if (outcomes.size > 1)
    return {
      ...emptyAnswer(places, input, 'ambiguous', 'postcode', {
        code: 'postcode-several-outcomes',
        detail: postcode,
      }),
      candidates,
    };
  const [first] = candidates;
  const single = candidates.length === 1;
  return {
    input,
    status: first!.territory ? 'in-territory' : 'not-in-territory',
    kind: 'postcode',
    territory: first!.territory,
    commune: single ? first!.commune : null,
    groupement:
      single || new Set(candidates.map((c) => c.groupement?.siren)).size === 1
        ? first!.groupement
        : null,
    communes,
    reason: {code: 'postcode-one-outcome', detail: postcode},
    vintage: places.perimeter.vintage,
  };
}
