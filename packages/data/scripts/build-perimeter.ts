/**
 * pnpm data:build [--geojson F | --groupements-csv F [--territories-csv F]] [--communes-csv F]
 *                 [--perimeter-date YYYY-MM-DD] [--out DIR]
 * pnpm data:check   rebuilds from the sources recorded in generated/build-options.json and fails on any difference
 *
 * Builds the Territoires d'industrie perimeter tables from ANCT's files and the official geography (COG).
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {createRequire} from 'node:module';
import {basename, dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {decodeCodeList} from '../src/code-list.ts';
import {generatedModule, readGeneratedModule} from './generated-module.ts';
import type {Vintage} from '../src/tables.ts';
import {
  optionsFromArgs,
  readSources,
  recordedOptions,
  type BuildOptions,
} from './perimeter/build-options.ts';
import {buildTables, type PerimeterTables} from './perimeter/build-tables.ts';
import {
  shardFile,
  shardIndexModule,
  shardModule,
} from './perimeter/commune-shards.ts';
import type {Cog} from './perimeter/cog.ts';
import {diffPerimeter, formatDiff} from './perimeter/diff-tables.ts';
import {
  readCommuneCsv,
  readGeojsonPerimeter,
  readGroupementCsv,
  readTerritoryCsv,
  SourceError,
  type PerimeterSource,
} from './perimeter/perimeter-source.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const DEFAULT_OUT = resolve(here, '../generated');
const OPTIONS_FILE = 'build-options.json';
/** @etalab/decoupage-administratif major version -> the COG year it carries. */
const COG_YEAR_BY_MAJOR: Record<string, number> = {'6': 2026};

const TABLES = {
  territories: {file: 'territories', type: 'TerritoriesTable'},
  communeTerritory: {file: 'commune-territory', type: 'CommuneTerritoryTable'},
  // The whole table stays one module: name search reads every name, and one file gzips a fifth smaller than
  // the 109 shards together (ADR 0016).
  communes: {file: 'communes', type: 'CommunesTable'},
} as const satisfies Partial<
  Record<keyof PerimeterTables, {file: string; type: string}>
>;
/** The folder of the department shards (ADR 0016): a build removes any shard it no longer writes. */
const SHARDS_DIR = 'communes';
const GENERATOR =
  '`pnpm data:build` (packages/data/scripts/build-perimeter.ts)';

type Output = {file: string; text: string};

function main(): number {
  const {values} = parseArgs({
    options: {
      geojson: {type: 'string'},
      'groupements-csv': {type: 'string'},
      'territories-csv': {type: 'string'},
      'communes-csv': {type: 'string'},
      'perimeter-date': {type: 'string'},
      check: {type: 'boolean', default: false},
      out: {type: 'string', default: DEFAULT_OUT},
    },
  });
  const out = resolve(values.out);
  const recorded = recordedOptions(join(out, OPTIONS_FILE));
  const given =
    values.geojson ||
    values['groupements-csv'] ||
    values['communes-csv'] ||
    values['perimeter-date'];
  // The check replays the recorded build unless told otherwise; a build without options starts from the defaults.
  const options =
    values.check && !given
      ? recorded
      : optionsFromArgs(
          {
            geojson: values.geojson,
            groupementsCsv: values['groupements-csv'],
            territoriesCsv: values['territories-csv'],
            communesCsv: values['communes-csv'],
            perimeterDate: values['perimeter-date'],
          },
          repoRoot
        );
  const {texts, sha256} = readSources(options, repoRoot);
  const source = readPerimeter(options, texts);
  const cog = readCog();
  const vintage = vintageOf(options, cog);
  const {tables, warnings} = buildTables(source, cog, vintage);
  for (const warning of warnings) console.warn(`warning: ${warning}`);

  const buildOptions: BuildOptions = {...options, sha256};
  const outputs: Output[] = [
    ...Object.entries(TABLES).flatMap(([key, {file, type}]) => {
      const {js, dts} = generatedModule(
        tables[key as keyof typeof TABLES],
        {name: type, from: '../src/tables.ts'},
        GENERATOR
      );
      return [
        {file: `${file}.js`, text: js},
        {file: `${file}.d.ts`, text: dts},
      ];
    }),
    ...communeOutputs(tables),
    {file: OPTIONS_FILE, text: JSON.stringify(buildOptions, null, 2) + '\n'},
    {file: 'SOURCES.md', text: sourcesNote(vintage)},
  ];
  const previous = readPrevious(out);
  if (values.check)
    return check(out, outputs, previous, tables, recorded.sha256 ?? {}, sha256);

  mkdirSync(join(out, SHARDS_DIR), {recursive: true});
  for (const file of strayShards(out, outputs)) rmSync(join(out, file));
  for (const {file, text} of outputs) writeFileSync(join(out, file), text);
  console.log(summary(tables));
  console.log(sizes(outputs));
  console.log(
    previous
      ? formatDiff(diffPerimeter(previous, tables))
      : 'No previous tables: first build.'
  );
  return 0;
}

/** The commune table as department shards, and their index with its loaders. */
function communeOutputs({communeShards}: PerimeterTables): Output[] {
  const {index, shards} = communeShards;
  const indexModule = shardIndexModule(index, GENERATOR);
  return [
    {file: 'commune-shards.js', text: indexModule.js},
    {file: 'commune-shards.d.ts', text: indexModule.dts},
    ...shards.map((shard) => ({
      file: shardFile(shard.department),
      text: shardModule(shard, GENERATOR),
    })),
  ];
}

/** Shard files on disk that this build does not write (a department that is gone). */
function strayShards(generated: string, outputs: Output[]): string[] {
  const dir = join(generated, SHARDS_DIR);
  if (!existsSync(dir)) return [];
  const written = new Set(outputs.map(({file}) => file));
  return readdirSync(dir)
    .map((file) => `${SHARDS_DIR}/${file}`)
    .filter((file) => !written.has(file));
}

function readPerimeter(
  options: Omit<BuildOptions, 'sha256'>,
  texts: ReturnType<typeof readSources>['texts']
): PerimeterSource {
  const name = (path: string | null) => basename(path ?? '');
  const source = options.groupementsCsv
    ? readGroupementCsv(
        texts.groupementsCsv!,
        name(options.groupementsCsv),
        options.territoriesCsv
          ? readTerritoryCsv(
              texts.territoriesCsv!,
              name(options.territoriesCsv)
            )
          : undefined
      )
    : readGeojsonPerimeter(texts.geojson!, name(options.geojson));
  if (options.communesCsv)
    source.communeTerritory = readCommuneCsv(
      texts.communesCsv!,
      name(options.communesCsv)
    );
  return source;
}

function vintageOf(options: Omit<BuildOptions, 'sha256'>, cog: Cog): Vintage {
  const file = (path: string | null) => basename(path ?? '');
  const [year, month, day] = options.perimeterDate.split('-');
  const sources = [
    options.groupementsCsv
      ? `ANCT, liste des groupements Territoires d'industrie (${file(options.groupementsCsv)})`
      : `ANCT, Territoires d'industrie 2023-2027 (${file(options.geojson)}, superposeur-anct)`,
    ...(options.territoriesCsv
      ? [
          `ANCT, liste des Territoires d'industrie (${file(options.territoriesCsv)})`,
        ]
      : []),
    ...(options.communesCsv
      ? [
          `ANCT, liste des communes Territoires d'industrie (${file(options.communesCsv)})`,
        ]
      : []),
    `INSEE, Code officiel géographique ${cog.year} (@etalab/decoupage-administratif ${cog.packageVersion})`,
  ];
  return {
    phase: '2023-2027',
    perimeterDate: options.perimeterDate,
    cogYear: cog.year,
    sources,
    attribution: `ANCT – Programme Territoires d'industrie, mise à jour du ${day}/${month}/${year}`,
    licence: 'Licence Ouverte 2.0 (Etalab)',
    method: options.communesCsv ? 'commune-file' : 'groupement-members',
  };
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

type PreviousTables = Pick<PerimeterTables, keyof typeof TABLES>;

function readPrevious(generated: string): PreviousTables | undefined {
  const path = (file: string) => join(generated, `${file}.js`);
  if (!Object.values(TABLES).every(({file}) => existsSync(path(file))))
    return undefined;
  const read = (key: keyof typeof TABLES) =>
    readGeneratedModule(path(TABLES[key].file)) as never;
  return {
    territories: read('territories'),
    communeTerritory: read('communeTerritory'),
    communes: read('communes'),
  };
}

function check(
  generated: string,
  outputs: Output[],
  previous: PreviousTables | undefined,
  tables: PerimeterTables,
  recordedSha: Record<string, string>,
  sha256: Record<string, string>
): number {
  const changed = Object.keys(sha256).filter(
    (path) => recordedSha[path] && recordedSha[path] !== sha256[path]
  );
  for (const path of changed)
    console.error(`data:check: ${path} changed since the tables were built.`);
  const stale = [
    ...outputs.filter(({file, text}) => {
      const path = join(generated, file);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    }),
    ...strayShards(generated, outputs).map((file) => ({file, text: ''})),
  ];
  if (stale.length === 0 && changed.length === 0) {
    console.log(
      `data:check: the ${outputs.length} generated files match their sources.`
    );
    return 0;
  }
  if (stale.length > 0)
    console.error(
      `data:check: ${stale.map((s) => s.file).join(', ')} differ from what the sources give.`
    );
  if (previous) console.error(formatDiff(diffPerimeter(previous, tables)));
  console.error(
    'Run `pnpm data:build` (with the same options) and commit the result.'
  );
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
  return `${territories.territories.length} territories, ${listed} groupements, ${inTerritory} of ${communes.names.length} communes in a territory`;
}

function sizes(outputs: Output[]): string {
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const gzip = (text: string) => gzipSync(text, {level: 9}).length;
  const isShard = (file: string) => file.startsWith(`${SHARDS_DIR}/`);
  const shards = outputs
    .filter(({file}) => isShard(file))
    .map(({text}) => text);
  const tables = outputs
    .filter(({file}) => file.endsWith('.js') && !isShard(file))
    .map(
      ({file, text}) =>
        `  ${file}: ${kB(Buffer.byteLength(text))} raw, ${kB(gzip(text))} gzip`
    );
  const zipped = shards.map(gzip);
  return [
    ...tables,
    `  ${SHARDS_DIR}/*.js: ${shards.length} shards, ${kB(zipped.reduce((a, b) => a + b, 0))} gzip in all, largest ${kB(Math.max(...zipped))} gzip`,
  ].join('\n');
}

function sourcesNote(vintage: Vintage): string {
  return [
    '# Generated perimeter tables: sources and licence',
    '',
    'Generated by `pnpm data:build` (packages/data/scripts/build-perimeter.ts) with the options in',
    '`build-options.json`. Do not edit by hand.',
    '',
    `- Attribution: ${vintage.attribution}.`,
    `- Licence: ${vintage.licence}.`,
    `- Phase: ${vintage.phase}; perimeter date ${vintage.perimeterDate}; COG ${vintage.cogYear}; method: ${vintage.method}.`,
    ...vintage.sources.map((s) => `- Source: ${s}.`),
    '',
  ].join('\n');
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof SourceError)) throw error;
  console.error(`data:build: ${error.message}`);
  process.exitCode = 1;
}
