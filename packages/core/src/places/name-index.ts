import {appendTo, type CommuneDirectory} from './commune-directory.ts';
import {normalizeName} from './normalize-name.ts';

/** One searchable form of a commune's name. */
export interface NameEntry {
  /** Index of the commune in the directory. */
  commune: number;
  /** The normalised name with a leading space, so that the start of a word is " word". */
  spaced: string;
}

/** What name search needs, built on the first search only: lookups by code or postcode never pay for it. */
export interface NameIndex {
  /** Every commune's name, plus a second form with elisions glued ("l etang" and "letang") where the name has one. */
  entries: readonly NameEntry[];
  /** Communes by normalised name (either form): homonyms share an entry. */
  indexesByName: ReadonlyMap<string, readonly number[]>;
  /** Entries having a word that starts with these two characters, in order. */
  entriesByWordStart: ReadonlyMap<string, readonly number[]>;
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

const APOSTROPHE = /['’ʼ]/;
const APOSTROPHES = /['’ʼ]/g;

function buildNameIndex(names: readonly string[]): NameIndex {
  const entries: NameEntry[] = [];
  const indexesByName = new Map<string, number[]>();
  const entriesByWordStart = new Map<string, number[]>();
  const add = (commune: number, normalized: string) => {
    const spaced = ` ${normalized}`;
    const position = entries.push({commune, spaced}) - 1;
    appendTo(indexesByName, normalized, commune);
    for (let at = 0; at !== -1; at = spaced.indexOf(' ', at + 1)) {
      const start = spaced.slice(at + 1, at + 3);
      const list = entriesByWordStart.get(start);
      if (!list) entriesByWordStart.set(start, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    }
  };
  names.forEach((name, commune) => {
    add(commune, normalizeName(name));
    // People type "Letang-la-Ville" or "villeneuve dascq" as often as the apostrophe.
    if (APOSTROPHE.test(name))
      add(commune, normalizeName(name.replace(APOSTROPHES, '')));
  });
  return {entries, indexesByName, entriesByWordStart};
}
