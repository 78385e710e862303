import {appendTo, type CommuneDirectory} from './commune-directory.ts';
import {normalizeName} from './normalize-name.ts';

/** What name search needs, built on the first search only: lookups by code or postcode never pay for it. */
export interface NameIndex {
  /** `normalizeName` of each name with a leading space, so that the start of a word is " word". */
  spacedNames: readonly string[];
  /** Communes by normalised name: homonyms share an entry. */
  indexesByName: ReadonlyMap<string, readonly number[]>;
  /** Communes having a word that starts with these two characters, in index order. */
  indexesByWordStart: ReadonlyMap<string, readonly number[]>;
}

const built = new WeakMap<CommuneDirectory, NameIndex>();

export function nameIndex(directory: CommuneDirectory): NameIndex {
  let index = built.get(directory);
  if (!index) {
    index = buildNameIndex(directory.names);
    built.set(directory, index);
  }
  return index;
}

function buildNameIndex(names: readonly string[]): NameIndex {
  const indexesByName = new Map<string, number[]>();
  const indexesByWordStart = new Map<string, number[]>();
  const spacedNames = names.map((name, i) => {
    const spaced = ` ${normalizeName(name)}`;
    appendTo(indexesByName, spaced.slice(1), i);
    for (
      let at = spaced.indexOf(' ');
      at !== -1;
      at = spaced.indexOf(' ', at + 1)
    ) {
      const start = spaced.slice(at + 1, at + 3);
      const indexes = indexesByWordStart.get(start);
      if (!indexes) indexesByWordStart.set(start, [i]);
      else if (indexes[indexes.length - 1] !== i) indexes.push(i);
    }
    return spaced;
  });
  return {spacedNames, indexesByName, indexesByWordStart};
}
