import type {PlaceAnswer} from './place-answer.ts';
import type {Places} from './places.ts';
import {
  communeAnswer,
  communeCandidate,
  emptyAnswer,
} from './resolve-commune.ts';
import {nameIndex} from './name-index.ts';
import {normalizeName} from './normalize-name.ts';
import {searchCommunes} from './search-communes.ts';

const MAX_CANDIDATES = 10;

/**
 * A commune typed by name. One commune of that exact name (or one match at all) is the answer; homonyms
 * ("Saint-Denis") or several partial matches are offered as candidates, largest first.
 */
export function resolveName(
  places: Places,
  name: string,
  input = name,
  near?: string
): PlaceAnswer {
  const keep = (indexes: readonly number[]) => narrow(places, indexes, near);
  // The exact name is a map lookup, so that a list of thousands of names resolves in seconds.
  const exact = keep(
    nameIndex(places.directory).indexesByName.get(normalizeName(name)) ?? []
  );
  if (exact.length === 1)
    return communeAnswer(places, exact[0]!, input, 'name');
  if (exact.length > 1)
    return candidatesAnswer(
      places,
      input,
      'name-homonyms',
      byPopulation(places, exact)
    );
  const found = searchCommunes(
    places.directory,
    name,
    near ? 200 : MAX_CANDIDATES
  );
  const kept = new Set(keep(found.map((m) => m.index)));
  const matches = found
    .filter((m) => kept.has(m.index))
    .slice(0, MAX_CANDIDATES);
  if (matches.length === 0)
    return emptyAnswer(places, input, 'not-found', 'name', {
      code: 'unknown-name',
      detail: name,
    });
  // One match, or one whole-name match (typed another way, "lile d yeu") among partial ones, is the answer.
  const whole = matches.filter((m) => m.rank === 0);
  if (matches.length === 1 || whole.length === 1)
    return communeAnswer(
      places,
      (whole[0] ?? matches[0])!.index,
      input,
      'name'
    );
  return candidatesAnswer(
    places,
    input,
    'name-several-matches',
    matches.map((m) => m.index)
  );
}

function candidatesAnswer(
  places: Places,
  input: string,
  code: 'name-homonyms' | 'name-several-matches',
  indexes: number[]
): PlaceAnswer {
  return {
    ...emptyAnswer(places, input, 'ambiguous', 'name', {code}),
    candidates: indexes
      .slice(0, MAX_CANDIDATES)
      .map((index) => communeCandidate(places, index, 'name')),
  };
}

/**
 * The communes near a postcode or in a department written after the name; all of them when none is, so that a
 * wrong hint ("Saint-Denis 99") still shows the homonyms rather than nothing.
 */
function narrow(
  {directory}: Places,
  indexes: readonly number[],
  near: string | undefined
): readonly number[] {
  if (!near) return indexes;
  const kept = indexes.filter((i) =>
    near.length === 5
      ? directory.postcodes[i]!.split(' ').includes(near)
      : directory.codes[i]!.startsWith(near)
  );
  return kept.length > 0 ? kept : indexes;
}

const byPopulation = ({directory}: Places, indexes: readonly number[]) =>
  [...indexes].sort(
    (a, b) => directory.population[b]! - directory.population[a]!
  );
