import type {CommuneDirectory} from './commune-directory.ts';
import {nameIndex} from './name-index.ts';
import {normalizeName} from './normalize-name.ts';

export interface CommuneMatch {
  index: number;
  code: string;
  name: string;
  /** 0 = the whole name, 1 = the start of the name, 2 = the start of a word, 3 = every word starts a word of the name. */
  rank: 0 | 1 | 2 | 3;
}

/**
 * Communes whose name matches what is typed so far, best first: whole name, then name prefix, then word prefix,
 * then every typed word as a word prefix; larger communes first within a rank. Accent-, case-, hyphen- and
 * apostrophe-insensitive. Every rank needs the first typed word at the start of a word of the name, so only the
 * communes with a word starting like it are tried: one `indexOf` each, keeping the best `limit`.
 */
export function searchCommunes(
  directory: CommuneDirectory,
  query: string,
  limit = 10
): CommuneMatch[] {
  const q = normalizeName(query);
  if (q === '' || limit <= 0) return [];
  const best = new TopMatches(limit, directory.population);
  // "lile d yeu" mixes the two ways of typing an elision: try it glued too ("lile dyeu"), as the index has both.
  const glued = q.replace(ELISION, '$1$2');
  for (const form of glued === q ? [q] : [q, glued])
    scan(directory, form, best);
  return best.items.map(({index, rank}) => ({
    index,
    rank,
    code: directory.codes[index]!,
    name: directory.names[index]!,
  }));
}

/** A lone elided article or preposition before a word: "l ile", "d yeu", "qu ille". */
const ELISION = /(^| )([cdjlmnst]|qu) (?=[a-z0-9])/g;

function scan(directory: CommuneDirectory, q: string, best: TopMatches): void {
  const spaced = ` ${q}`;
  const words = q.split(' ').map((word) => ` ${word}`);
  const {entries, entriesByWordStart} = nameIndex(directory);
  const firstWord = words[0]!.slice(1);
  const tried =
    firstWord.length >= 2
      ? (entriesByWordStart.get(firstWord.slice(0, 2)) ?? [])
      : undefined;
  const count = tried ? tried.length : entries.length;
  for (let k = 0; k < count; k++) {
    const {commune, spaced: name} = entries[tried ? tried[k]! : k]!;
    const at = name.indexOf(spaced);
    if (at === 0) best.offer(commune, name.length === spaced.length ? 0 : 1);
    else if (at > 0) best.offer(commune, 2);
    else if (words.length > 1 && words.every((word) => name.includes(word)))
      best.offer(commune, 3);
  }
}

/** The best `limit` matches seen so far, in order: a short sorted array beats sorting thousands of matches. */
class TopMatches {
  readonly items: {index: number; rank: CommuneMatch['rank']}[] = [];
  private readonly limit: number;
  private readonly population: readonly number[];

  constructor(limit: number, population: readonly number[]) {
    this.limit = limit;
    this.population = population;
  }

  offer(index: number, rank: CommuneMatch['rank']): void {
    const items = this.items;
    // A commune found through both forms of its name keeps its best rank.
    const seen = items.findIndex((item) => item.index === index);
    if (seen !== -1) {
      if (items[seen]!.rank <= rank) return;
      items.splice(seen, 1);
    }
    if (
      items.length === this.limit &&
      !this.better(index, rank, items[items.length - 1]!)
    )
      return;
    let at = items.length;
    while (at > 0 && this.better(index, rank, items[at - 1]!)) at--;
    items.splice(at, 0, {index, rank});
    if (items.length > this.limit) items.pop();
  }

  private better(
    index: number,
    rank: number,
    than: {index: number; rank: number}
  ): boolean {
    return (
      rank < than.rank ||
      (rank === than.rank &&
        this.population[index]! > this.population[than.index]!)
    );
  }
}
