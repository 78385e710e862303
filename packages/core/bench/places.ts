import {
  decodeCodeList,
  type CommunesTable,
  type CommuneTerritoryTable,
  type TerritoriesTable,
} from '@ti-toolkit/data';
import {
  createCommuneDirectory,
  createPerimeter,
  normalizeName,
  resolvePlace,
  searchCommunes,
  territoryForCommune,
  type Places,
} from '../src/places/index.ts';
import {ms, stats, time} from './measure.ts';

/** Table loads, lookups by INSEE code, commune search and `resolvePlace` on 40,000 places. */
export async function benchPlaces(): Promise<void> {
  // The JSON text inside each generated module, to time parsing it as a browser does.
  const text = async (module: Promise<{default: unknown}>) =>
    JSON.stringify((await module).default);
  const texts = {
    territories: await text(import('@ti-toolkit/data/territories')),
    index: await text(import('@ti-toolkit/data/commune-territory')),
    communes: await text(import('@ti-toolkit/data/communes')),
  };

  // Table load: parse + build the lookup structures, against JSON.parse alone (the floor).
  const loadPerimeter = time(
    () =>
      createPerimeter(JSON.parse(texts.territories), JSON.parse(texts.index)),
    30
  );
  const parseOnly = time(
    () => (JSON.parse(texts.territories), JSON.parse(texts.index)),
    30
  );
  const loadCommunes = time(
    () => createCommuneDirectory(JSON.parse(texts.communes)),
    10
  );
  const parseCommunes = time(() => JSON.parse(texts.communes), 10);
  // The name index is built on the first name search, on a fresh directory each time.
  const buildNames = time(
    () =>
      searchCommunes(createCommuneDirectory(JSON.parse(texts.communes)), 'x'),
    10
  );
  console.log('table load (p50)');
  console.log(
    `  perimeter (territories + index): ${ms(loadPerimeter.p50)}   baseline JSON.parse only: ${ms(parseOnly.p50)}`
  );
  console.log(
    `  commune directory:               ${ms(loadCommunes.p50)}   baseline JSON.parse only: ${ms(parseCommunes.p50)}`
  );
  console.log(
    `  directory + name index (what the first name search costs): ${ms(buildNames.p50)}`
  );

  const perimeter = createPerimeter(
    JSON.parse(texts.territories) as TerritoriesTable,
    JSON.parse(texts.index) as CommuneTerritoryTable
  );
  const directory = createCommuneDirectory(
    JSON.parse(texts.communes) as CommunesTable
  );
  const places: Places = {perimeter, directory};

  // Lookup by INSEE code over every commune, against a linear scan of the decoded lists (the naive way).
  const codes = directory.codes;
  const rounds = 20;
  const lookup = time(() => {
    for (let r = 0; r < rounds; r++)
      for (const code of codes) territoryForCommune(perimeter, code);
  }, 5);
  const lists = (JSON.parse(texts.index) as CommuneTerritoryTable).communes.map(
    decodeCodeList
  );
  const sample = codes.filter((_, i) => i % 50 === 0);
  const naiveLookup = time(() => {
    for (const code of sample) lists.findIndex((list) => list.includes(code));
  }, 3);
  console.log('\nterritory lookup by INSEE code');
  console.log(
    `  map lookup: ${ms(lookup.p50 / (rounds * codes.length))} per code (${codes.length} codes x ${rounds})`
  );
  console.log(
    `  baseline linear scan of the lists: ${ms(naiveLookup.p50 / sample.length)} per code`
  );

  // Commune search over every commune's name, typed half-way and in full.
  searchCommunes(directory, 'warm up');
  const queries = directory.names.flatMap((name) => [
    name.slice(0, Math.max(3, Math.ceil(name.length / 2))),
    name,
  ]);
  const search = stats(
    queries.map((query) => {
      const start = performance.now();
      searchCommunes(directory, query);
      return performance.now() - start;
    })
  );
  const naiveQueries = queries.filter((_, i) => i % 700 === 0);
  const naiveSearch = stats(
    naiveQueries.map((query) => {
      const start = performance.now();
      const q = normalizeName(query);
      directory.names
        .filter((name) => normalizeName(name).includes(q))
        .slice(0, 10);
      return performance.now() - start;
    })
  );
  console.log(
    `\ncommune search (${queries.length} queries: every commune's name, half-typed and in full)`
  );
  console.log(
    `  searchCommunes: p50 ${ms(search.p50)}, p95 ${ms(search.p95)}, max ${ms(search.max)}`
  );
  console.log(
    `  baseline normalising every name per query (${naiveQueries.length} queries): p50 ${ms(naiveSearch.p50)}, p95 ${ms(naiveSearch.p95)}`
  );

  // `ti where` on 40,000 places: codes, postcodes and names, as a maintainer's list would mix them.
  const inputs = Array.from({length: 40_000}, (_, i) => {
    const index = (i * 7919) % codes.length;
    return [
      codes[index]!,
      `cp:${directory.postcodes[index]!.split(' ')[0]}`,
      directory.names[index]!,
    ][i % 3]!;
  });
  const start = performance.now();
  for (const input of inputs) await resolvePlace(places, input);
  const total = performance.now() - start;
  console.log(
    `\nresolvePlace on ${inputs.length} places (codes, postcodes, names)`
  );
  console.log(`  ${ms(total)} in all, ${ms(total / inputs.length)} per place`);
}
