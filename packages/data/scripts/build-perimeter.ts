/**
 * pnpm data:build [--geojson F] [--groupements-csv F] [--communes-csv F] [--perimeter-date YYYY-MM-DD] [--out DIR]
 * pnpm data:check  (fails when the committed tables differ from what the sources give)
 *
 * Builds the Territoires d'industrie perimeter tables from ANCT's files and the official geography.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {decodeCodeList} from '../src/code-list.ts';
import type {Vintage} from '../src/tables.ts';
import {buildTables, type PerimeterTables} from './perimeter/build-tables.ts';
import type {Cog} from './perimeter/cog.ts';
import {diffPerimeter, formatDiff} from './perimeter/diff-tables.ts';
import {
  readCommuneCsv,
  readGeojsonPerimeter,
  readGroupementCsv,
  SourceError,
  type PerimeterSource,
} from './perimeter/perimeter-source.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const DEFAULT_OUT = resolve(here, '../generated');
const DEFAULT_GEOJSON = resolve(
  repoRoot,
  '../shared/data/raw/anct-superposeur-anct/ti_geom.geojson'
);
/** @etalab/decoupage-administratif major version -> the COG year it carries. */
const COG_YEAR_BY_MAJOR: Record<string, number> = {'6': 2026};

const FILES = {
  territories: 'territories.json',
  communeTerritory: 'commune-territory.json',
  communes: 'communes.json',
} as const satisfies Record<keyof PerimeterTables, string>;

function main(): number {
  const {values} = parseArgs({
    options: {
      geojson: {type: 'string'},
      'groupements-csv': {type: 'string'},
      'communes-csv': {type: 'string'},
      'perimeter-date': {type: 'string', default: '2024-07-04'},
      check: {type: 'boolean', default: false},
      out: {type: 'string', default: DEFAULT_OUT},
    },
  });
  const perimeterDate = values['perimeter-date'];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(perimeterDate))
    throw new SourceError(`--perimeter-date ${perimeterDate}: use YYYY-MM-DD`);

  const sourceNames: string[] = [];
  const source = readPerimeter(values, sourceNames);
  const cog = readCog();
  sourceNames.push(
    `INSEE, Code officiel géographique ${cog.year} (@etalab/decoupage-administratif ${cog.packageVersion})`
  );

  const [year, month, day] = perimeterDate.split('-');
  const vintage: Vintage = {
    phase: '2023-2027',
    perimeterDate,
    cogYear: cog.year,
    sources: sourceNames,
    attribution: `ANCT – Programme Territoires d'industrie, mise à jour du ${day}/${month}/${year}`,
    licence: 'Licence Ouverte 2.0 (Etalab)',
    method: source.communeTerritory ? 'commune-file' : 'groupement-members',
  };
  const {tables, warnings} = buildTables(source, cog, vintage);
  for (const warning of warnings) console.warn(`warning: ${warning}`);

  const outputs: {file: string; text: string}[] = Object.entries(FILES).map(
    ([key, file]) => ({
      file,
      text: JSON.stringify(tables[key as keyof PerimeterTables]) + '\n',
    })
  );
  outputs.push({file: 'SOURCES.md', text: sourcesNote(vintage)});

  const previous = readPrevious(values.out);
  if (values.check) return check(values.out, outputs, previous, tables);

  mkdirSync(values.out, {recursive: true});
  for (const {file, text} of outputs)
    writeFileSync(join(values.out, file), text);
  console.log(summary(tables));
  console.log(sizes(outputs));
  console.log(
    previous
      ? formatDiff(diffPerimeter(previous, tables))
      : 'No previous tables: first build.'
  );
  return 0;
}

function readPerimeter(
  values: Record<string, unknown>,
  sourceNames: string[]
): PerimeterSource {
  const groupementsCsv = values['groupements-csv'] as string | undefined;
  const communesCsv = values['communes-csv'] as string | undefined;
  let source: PerimeterSource;
  if (groupementsCsv) {
    source = readGroupementCsv(readSource(groupementsCsv), groupementsCsv);
    sourceNames.push(
      `ANCT, liste des groupements Territoires d'industrie (${basename(groupementsCsv)})`
    );
  } else {
    const geojson = (values.geojson as string | undefined) ?? DEFAULT_GEOJSON;
    source = readGeojsonPerimeter(readSource(geojson), basename(geojson));
    sourceNames.push(
      `ANCT, Territoires d'industrie 2023-2027 (${basename(geojson)}, superposeur-anct)`
    );
  }
  if (communesCsv) {
    source.communeTerritory = readCommuneCsv(
      readSource(communesCsv),
      communesCsv
    );
    sourceNames.push(
      `ANCT, liste des communes Territoires d'industrie (${basename(communesCsv)})`
    );
  }
  return source;
}

function readSource(path: string): string {
  if (!existsSync(path))
    throw new SourceError(`source file not found: ${path}`);
  return readFileSync(path, 'utf8');
}

function readCog(): Cog {
  const require = createRequire(import.meta.url);
  const pkg = require('@etalab/decoupage-administratif/package.json') as {
    version: string;
  };
  const year = COG_YEAR_BY_MAJOR[pkg.version.split('.')[0]!];
  if (!year)
    throw new SourceError(
      `@etalab/decoupage-administratif ${pkg.version}: unknown COG year, add it`
    );
  const data = (name: string) =>
    require(`@etalab/decoupage-administratif/data/${name}.json`) as never;
  return {
    year,
    packageVersion: pkg.version,
    communes: data('communes'),
    epci: data('epci'),
    ept: data('ept'),
    regions: data('regions'),
    departements: data('departements'),
  };
}

function readPrevious(generated: string): PerimeterTables | undefined {
  const path = (file: string) => join(generated, file);
  if (!Object.values(FILES).every((file) => existsSync(path(file))))
    return undefined;
  const read = (file: string) =>
    JSON.parse(readFileSync(path(file), 'utf8')) as never;
  return {
    territories: read(FILES.territories),
    communeTerritory: read(FILES.communeTerritory),
    communes: read(FILES.communes),
  };
}

function check(
  generated: string,
  outputs: {file: string; text: string}[],
  previous: PerimeterTables | undefined,
  tables: PerimeterTables
) {
  const stale = outputs.filter(({file, text}) => {
    const path = join(generated, file);
    return !existsSync(path) || readFileSync(path, 'utf8') !== text;
  });
  if (stale.length === 0) {
    console.log(
      `data:check: the ${outputs.length} generated files match their sources.`
    );
    return 0;
  }
  console.error(
    `data:check: ${stale.map((s) => s.file).join(', ')} differ from what the sources give.`
  );
  if (previous) console.error(formatDiff(diffPerimeter(previous, tables)));
  console.error('Run `pnpm data:build` and commit the result.');
  return 1;
}

function summary({
  territories,
  communes,
  communeTerritory,
}: PerimeterTables): string {
  const inTerritory = communeTerritory.communes.reduce(
    (n, list) => n + decodeCodeList(list).length,
    0
  );
  const listed = new Set(territories.territories.flatMap((t) => t.groupements))
    .size;
  const all = communes.names.length;
  return `${territories.territories.length} territories, ${listed} groupements, ${inTerritory} of ${all} communes in a territory`;
}

function sizes(outputs: {file: string; text: string}[]): string {
  return outputs
    .filter(({file}) => file.endsWith('.json'))
    .map(
      ({file, text}) =>
        `  ${file}: ${kB(Buffer.byteLength(text))} raw, ${kB(gzipSync(text, {level: 9}).length)} gzip`
    )
    .join('\n');
}

function sourcesNote(vintage: Vintage): string {
  return [
    '# Generated perimeter tables: sources and licence',
    '',
    'Generated by `pnpm data:build` (packages/data/scripts/build-perimeter.ts). Do not edit by hand.',
    '',
    `- Attribution: ${vintage.attribution}.`,
    `- Licence: ${vintage.licence}.`,
    `- Phase: ${vintage.phase}; perimeter date ${vintage.perimeterDate}; COG ${vintage.cogYear}; method: ${vintage.method}.`,
    ...vintage.sources.map((s) => `- Source: ${s}.`),
    '',
  ].join('\n');
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const basename = (path: string) => relative(dirname(path), path);

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof SourceError)) throw error;
  console.error(`data:build: ${error.message}`);
  process.exitCode = 1;
}
