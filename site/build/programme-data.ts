import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Catalogue} from '../../packages/data/src/catalogue/types.ts';
import type {
  CommunesTable,
  GroupementRow,
  TerritoriesTable,
  TerritoryRow,
  Vintage,
} from '../../packages/data/src/tables.ts';
import catalogue from '../../packages/data/generated/catalogue.js';
import communes from '../../packages/data/generated/communes.js';
import territories from '../../packages/data/generated/territories.js';
import {REPO_ROOT} from './paths.ts';

/** A territory of phase 1 (2018-2022), from ANCT's list vendored in packages/data/sources. Ids were reused in phase 2. */
export interface Phase1Territory {
  id: string;
  name: string;
  sirens: string[];
}

/** The generated tables the pages quote: read at build time, so every figure on the site is the data's own. */
export interface ProgrammeData {
  vintage: Vintage;
  /** Sources of the perimeter build as recorded by `pnpm data:build` (build-options.json), with their SHA-256. */
  buildSources: {file: string; sha256: string}[];
  catalogue: Catalogue;
  territories: TerritoriesTable;
  communes: CommunesTable;
  /** The 149 territories of phase 1, for history ("in the programme since its first phase"). */
  phase1: Phase1Territory[];
}

interface BuildOptions {
  sha256: Record<string, string>;
}

export function readProgrammeData(): ProgrammeData {
  const options = JSON.parse(
    readFileSync(
      join(REPO_ROOT, 'packages/data/generated/build-options.json'),
      'utf8'
    )
  ) as BuildOptions;
  return {
    vintage: territories.vintage,
    buildSources: Object.entries(options.sha256).map(([file, sha256]) => ({
      file: file.split('/').at(-1)!,
      sha256,
    })),
    catalogue: catalogue as Catalogue,
    territories,
    communes,
    phase1: readPhase1(),
  };
}

function readPhase1(): Phase1Territory[] {
  const file = join(
    REPO_ROOT,
    'packages/data/sources/anct-ti-2018-2022/polygone-4326_ti.geojson'
  );
  const geojson = JSON.parse(readFileSync(file, 'utf8')) as {
    features: {
      properties: {id_ti: string; lib_ti: string; siren_groupement: string};
    }[];
  };
  return geojson.features.map(({properties: p}) => ({
    id: p.id_ti,
    name: p.lib_ti,
    sirens: p.siren_groupement.split(',').map((s) => s.trim()),
  }));
}

/** The phase-1 territory an intercommunality belonged to, or null. */
export function phase1TerritoryOf(
  data: ProgrammeData,
  siren: string
): Phase1Territory | null {
  return data.phase1.find((t) => t.sirens.includes(siren)) ?? null;
}

export function territoryById(data: ProgrammeData, id: string): TerritoryRow {
  const territory = data.territories.territories.find((t) => t.id === id);
  if (!territory) throw new Error(`no territory ${id} in the perimeter`);
  return territory;
}

export function groupementBySiren(
  data: ProgrammeData,
  siren: string
): GroupementRow & {index: number} {
  const index = data.territories.groupements.findIndex(
    (g) => g.siren === siren
  );
  if (index < 0) throw new Error(`no intercommunality ${siren}`);
  return {...data.territories.groupements[index]!, index};
}

/** The current communes of an intercommunality (EPCI), by name. */
export function communesOf(data: ProgrammeData, groupement: number): string[] {
  const {epci, names} = data.communes;
  return names
    .filter((_, i) => epci[i] === groupement)
    .sort((a, b) => a.localeCompare(b, 'fr'));
}
