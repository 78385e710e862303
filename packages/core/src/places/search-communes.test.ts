import {beforeAll, describe, expect, it} from 'vitest';
import {
  loadCommuneDirectory,
  type CommuneDirectory,
} from './commune-directory.ts';
import {normalizeName} from './normalize-name.ts';
import {searchCommunes} from './search-communes.ts';

describe('normalizeName', () => {
  it.each([
    ['Saint-Nom-la-Bretèche', 'saint nom la breteche'],
    ['  ST NOM   LA BRETECHE ', 'saint nom la breteche'],
    ["L'Île-d'Yeu", 'l ile d yeu'],
    ['L’Haÿ-les-Roses', 'l hay les roses'],
    ['Ste-Foy-lès-Lyon', 'sainte foy les lyon'],
    ['Œuilly', 'oeuilly'],
    ['', ''],
    ['<script>', 'script'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('searchCommunes', () => {
  let directory: CommuneDirectory;
  beforeAll(async () => {
    directory = await loadCommuneDirectory();
  });

  it.each([
    ['saint nom la breteche', 'Saint-Nom-la-Bretèche'],
    ['saint-nom', 'Saint-Nom-la-Bretèche'],
    ['bretèche', 'Saint-Nom-la-Bretèche'],
    ['oyonn', 'Oyonnax'],
    ['PARIS', 'Paris'],
    ["l'hay les roses", "L'Haÿ-les-Roses"],
    ['marseille', 'Marseille'],
    ['st etienne', 'Saint-Étienne'],
    ['letang la ville', "L'Étang-la-Ville"],
    ['villeneuve dascq', "Villeneuve-d'Ascq"],
    ['lhay les roses', "L'Haÿ-les-Roses"],
    ['lile d yeu', "L'Île-d'Yeu"],
  ])('%j finds %j first', (query, first) => {
    expect(searchCommunes(directory, query)[0]?.name).toBe(first);
  });

  it('ranks the whole name, then prefixes, then word prefixes, larger communes first', () => {
    const results = searchCommunes(directory, 'lyon', 5);
    expect(results[0]).toMatchObject({name: 'Lyon', rank: 0});
    expect(results.slice(1).every((r) => r.rank >= 1)).toBe(true);
  });

  it('finds every word in any order of rank 3', () => {
    expect(
      searchCommunes(directory, 'bretèche nom').map((r) => r.name)
    ).toContain('Saint-Nom-la-Bretèche');
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(searchCommunes(directory, '')).toEqual([]);
    expect(searchCommunes(directory, " - ' ")).toEqual([]);
  });

  it('lists a commune once even when both forms of its name match', () => {
    const codes = searchCommunes(directory, 'villeneuve d', 50).map(
      (r) => r.code
    );
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('honours the limit', () => {
    expect(searchCommunes(directory, 'saint', 3)).toHaveLength(3);
  });
});
