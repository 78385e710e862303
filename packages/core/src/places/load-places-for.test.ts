import {beforeAll, describe, expect, it} from 'vitest';
import {directoryFromShards} from './commune-directory.ts';
import {generatedCommunes, type CommuneSource} from './commune-shards.ts';
import {loadPerimeter} from './perimeter.ts';
import {placeRegion} from './place-region.ts';
import {loadPlaces, loadPlacesFor, type Places} from './places.ts';
import {resolveInsee} from './resolve-commune.ts';
import {resolvePlace, type CompanyLocator} from './resolve-place.ts';

/** The generated communes, with a log of what was asked for: `index`, `shard:78`, `all`. */
function recording(): {source: CommuneSource; log: string[]} {
  const log: string[] = [];
  return {
    log,
    source: {
      index: () => (log.push('index'), generatedCommunes.index()),
      shard: (d) => (log.push(`shard:${d}`), generatedCommunes.shard(d)),
      all: () => (log.push('all'), generatedCommunes.all()),
    },
  };
}

const shardsAsked = (log: string[]) =>
  log.some((entry) => entry === 'all')
    ? 'all'
    : log.filter((e) => e.startsWith('shard:')).map((e) => e.slice(6));

let complete: Places;
beforeAll(async () => {
  complete = await loadPlaces();
});

describe('loadPlacesFor', () => {
  it.each([
    ['78810', ['78']], // no INSEE code, a postcode of Yvelines
    ['insee:78233', ['78']],
    ['cp:78810', ['78']],
    ['75108', ['75']], // a Paris arrondissement
    ['insee:01340', ['01']], // merged into Arboys en Bugey (01015)
    ['20004', ['2A']], // Ajaccio's code before Corsica's split
    ['2B033', ['2B']],
    ['cp:20000', ['2A']],
    ['cp:01200', ['01', '74']], // communes of Ain and Haute-Savoie
    ['cp:94390', ['91']], // Paray-Vieille-Poste: Essonne with a Val-de-Marne postcode
    ['97133', ['971', '977']], // read as a Guadeloupe INSEE code and as Saint-Barthélemy's postcode
    ['siren:200034130', []], // CC Gally Mauldre, wholly in ti-1109: no commune named
    ['siren:200054781', ['75', '91', '92', '93', '94', '95']], // Métropole du Grand Paris, partly in
    ['siren:200000438', ['44']], // a CC outside every territory
    ['siret:73282932000074', []], // a company: nothing before it is located
    ['cp:99999', []],
    ['insee:99999', []],
    ['Oyonnax', 'all'],
    ['Saint-Denis (93)', 'all'],
  ])(
    '%s loads the shards %j and answers as with every commune',
    async (input, shards) => {
      const {source, log} = recording();
      const places = await loadPlacesFor(input, source);
      expect(shardsAsked(log)).toEqual(shards);
      // An answer from the perimeter alone, or from every commune, needs no shard index either.
      expect(log.includes('index')).toBe(
        shards !== 'all' && (shards.length > 0 || !/^sire[nt]:/.test(input))
      );
      const answer = await resolvePlace(places, input);
      expect(answer).toEqual(await resolvePlace(complete, input));
      expect(shardsAsked(log)).toEqual(shards);
    }
  );

  it.each(['', '   ', 'cp:7881', 'siren:123456789'])(
    'loads no commune for %j, which is no place',
    async (input) => {
      const {source, log} = recording();
      const places = await loadPlacesFor(input, source);
      expect(log).toEqual([]);
      expect(await resolvePlace(places, input)).toEqual(
        await resolvePlace(complete, input)
      );
    }
  );

  it.each([
    ['73282932000074', '75108', ['75']],
    ['73282932000074', '01340', ['01']],
    ['73282932000074', '99999', []],
    ['73282932000074', null, []],
  ])(
    'loads the located commune of company %s (%s): shards %j',
    async (siret, communeCode, shards) => {
      const locateCompany: CompanyLocator = async () => ({
        ok: true,
        siren: siret.slice(0, 9),
        siret,
        name: 'Michelin',
        location: 'establishment',
        communeCode,
      });
      const {source, log} = recording();
      const input = `siret:${siret}`;
      const answer = await resolvePlace(
        await loadPlacesFor(input, source),
        input,
        {locateCompany}
      );
      expect(shardsAsked(log)).toEqual(shards);
      expect(answer).toEqual(
        await resolvePlace(complete, input, {locateCompany})
      );
    }
  );
});

describe('a directory of some shards', () => {
  it.each([
    ['78233', 'in-territory'],
    ['78571', 'in-territory'],
    ['75108', 'not-in-territory'], // Paris, through its arrondissement
    ['01001', 'not-found'], // Ain is not loaded
    ['78999', 'not-found'],
  ])('answers %s: %s', async (code, status) => {
    const perimeter = await loadPerimeter();
    const shards = await Promise.all(
      ['75', '78'].map((d) => generatedCommunes.shard(d))
    );
    const places: Places = {perimeter, directory: directoryFromShards(shards)};
    const answer = resolveInsee(places, code);
    expect(answer.status).toBe(status);
    if (status !== 'not-found')
      expect(answer).toEqual(resolveInsee(complete, code));
  });
});

describe('placeRegion', () => {
  it.each([
    ['siren:200034130', '11'], // CC Gally Mauldre (Yvelines): Île-de-France
    ['siren:200054781', '11'], // Métropole du Grand Paris, ambiguous but in one region
    ['siren:200035129', null], // CC de Cèze Cévennes: Ardèche and Gard, two regions
    ['siren:200040277', null], // CA du Pays de Dreux: Eure and Eure-et-Loir, two regions
    ['siren:200000438', '52'], // a CC of Loire-Atlantique outside every territory
    ['78810', '11'],
    ['insee:2A004', '94'],
    ['Saint-Denis', null], // homonyms: no one place
    ['cp:94390', '11'], // an Essonne commune with a Val-de-Marne postcode
  ])('of %s is %s', async (input, region) => {
    const places = await loadPlacesFor(input);
    const answer = await resolvePlace(places, input);
    expect(placeRegion(places.perimeter, answer)).toBe(region);
  });
});
