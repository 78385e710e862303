import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {relative, resolve} from 'node:path';
import {SourceError} from './perimeter-source.ts';

/**
 * The sources and date a build used, recorded beside the tables (generated/build-options.json) so that
 * `data:check` rebuilds from the same files: a refresh from ANCT's CSV files stays checkable in CI.
 * Paths are relative to the repository root; each file's SHA-256 tells when a source changed.
 */
export interface BuildOptions {
  geojson: string | null;
  groupementsCsv: string | null;
  territoriesCsv: string | null;
  communesCsv: string | null;
  perimeterDate: string;
  sha256: Record<string, string>;
}

export const DEFAULT_GEOJSON =
  'packages/data/sources/anct-ti-2023-2027/ti_geom.geojson';
export const DEFAULT_PERIMETER_DATE = '2024-07-04';

type Paths = Omit<BuildOptions, 'sha256' | 'perimeterDate'>;

/** The options as given (paths relative to the current directory), completed with the defaults. */
export function optionsFromArgs(
  args: {
    geojson?: string;
    groupementsCsv?: string;
    territoriesCsv?: string;
    communesCsv?: string;
    perimeterDate?: string;
  },
  repoRoot: string
): Omit<BuildOptions, 'sha256'> {
  const fromCwd = (path: string | undefined) =>
    path ? relative(repoRoot, resolve(path)) : null;
  const perimeterDate = args.perimeterDate ?? DEFAULT_PERIMETER_DATE;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(perimeterDate))
    throw new SourceError(`--perimeter-date ${perimeterDate}: use YYYY-MM-DD`);
  if (args.territoriesCsv && !args.groupementsCsv)
    throw new SourceError(
      '--territories-csv names the territories of --groupements-csv: give both'
    );
  return {
    geojson: args.groupementsCsv
      ? null
      : (fromCwd(args.geojson) ?? DEFAULT_GEOJSON),
    groupementsCsv: fromCwd(args.groupementsCsv),
    territoriesCsv: fromCwd(args.territoriesCsv),
    communesCsv: fromCwd(args.communesCsv),
    perimeterDate,
  };
}

/** Reads each source named by the options; a missing file is a clear error, not a stack trace. */
export function readSources(
  options: Omit<BuildOptions, 'sha256'>,
  repoRoot: string
): {
  texts: Partial<Record<keyof Paths, string>>;
  sha256: Record<string, string>;
} {
  const texts: Partial<Record<keyof Paths, string>> = {};
  const sha256: Record<string, string> = {};
  for (const key of [
    'geojson',
    'groupementsCsv',
    'territoriesCsv',
    'communesCsv',
  ] as const) {
    const path = options[key];
    if (path === null) continue;
    const absolute = resolve(repoRoot, path);
    if (!existsSync(absolute))
      throw new SourceError(
        `source file not found: ${path} (from the repository root)`
      );
    const text = readFileSync(absolute, 'utf8');
    texts[key] = text;
    sha256[path] = createHash('sha256').update(text).digest('hex');
  }
  return {texts, sha256};
}

/** The options recorded by the last build, for `data:check`; the defaults when there are none. */
export function recordedOptions(
  path: string
): Omit<BuildOptions, 'sha256'> & {sha256?: Record<string, string>} {
  if (!existsSync(path))
    return {
      geojson: DEFAULT_GEOJSON,
      groupementsCsv: null,
      territoriesCsv: null,
      communesCsv: null,
      perimeterDate: DEFAULT_PERIMETER_DATE,
    };
  return JSON.parse(readFileSync(path, 'utf8')) as BuildOptions;
}
