import {beforeAll, describe, expect, it} from 'vitest';
import {
  candidateLabel,
  candidatesByPopulation,
  placeLabel,
} from './place-label.ts';
import {loadPlaces, type Places} from './places.ts';
import {companyAnswer, resolvePlace} from './resolve-place.ts';

let places: Places;
beforeAll(async () => {
  places = await loadPlaces();
});

const label = async (input: string, lang: 'fr' | 'en' = 'fr') =>
  placeLabel(
    await resolvePlace(places, input),
    lang,
    places.perimeter.departments
  );

describe('placeLabel', () => {
  it.each([
    ['insee:93066', 'Saint-Denis (93) — Seine-Saint-Denis'],
    ['Feucherolles', 'Feucherolles (78) — Yvelines'],
    ['78233', 'Feucherolles (78) — Yvelines'],
    ['2A004', 'Ajaccio (2A) — Corse-du-Sud'],
    ['siren:200034130', 'CC Gally Mauldre'],
    ['75108', 'Paris (75) — Paris'],
  ])('%s -> %s', async (input, expected) => {
    expect(await label(input)).toBe(expected);
  });

  it('names a postcode by its communes when they share one outcome', async () => {
    expect(await label('cp:78810', 'en')).toMatch(/^postcode 78810 — /);
  });

  it('gives no label when there is no one place', async () => {
    for (const input of ['Saint-Denis', 'zzzz', '123', '732829320'])
      expect(await label(input)).toBeNull();
  });

  it('names a company by its name and its commune', () => {
    const answer = companyAnswer(
      places,
      {
        ok: true,
        siren: '732829320',
        siret: null,
        name: 'ACME',
        location: 'head-office',
        communeCode: '78233',
      },
      '732829320'
    );
    expect(placeLabel(answer, 'fr', places.perimeter.departments)).toBe(
      'ACME — Feucherolles (78)'
    );
  });
});

describe('candidateLabel and candidatesByPopulation', () => {
  it('tells homonyms apart by department and postcodes, largest first', async () => {
    const answer = await resolvePlace(places, 'Saint-Denis');
    const lines = candidatesByPopulation(answer.candidates ?? []).map((c) =>
      candidateLabel(c, 'fr', places.perimeter.departments)
    );
    expect(lines[0]).toMatch(/^Saint-Denis \(974\) — La Réunion, 974\d\d/);
    expect(lines[1]).toMatch(/^Saint-Denis \(93\) — Seine-Saint-Denis, 93200/);
    const populations = candidatesByPopulation(answer.candidates ?? []).map(
      (c) => c.population!
    );
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it('orders the communes of a postcode by population', async () => {
    const answer = await resolvePlace(places, 'cp:01750');
    const sorted = candidatesByPopulation(answer.candidates ?? []);
    expect(sorted.length).toBeGreaterThan(1);
    expect(sorted[0]!.population).toBeGreaterThanOrEqual(
      sorted.at(-1)!.population!
    );
    expect(candidateLabel(sorted[0]!, 'en', {}, true)).toMatch(
      /^\[postcode\] .+ \(01\), 01750: /
    );
  });
});
