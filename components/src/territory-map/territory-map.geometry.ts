import type {
  GeometryPhase,
  RegionGeometry,
  RegionShape,
  TerritoryGeometry,
  TerritoryShape,
} from '@ti-toolkit/data/geometry';
import {normalizeName} from '@ti-toolkit/core/places';

export const PHASES: readonly GeometryPhase[] = ['2023-2027', '2018-2022'];
/** The phase a place is checked against: the perimeter tables are those of the programme under way. */
export const CURRENT_PHASE: GeometryPhase = '2023-2027';

export interface MapData {
  territories: TerritoryGeometry;
  regions: RegionGeometry;
  /** The territories in name order, with the folded text the list searches. */
  sorted: {shape: TerritoryShape; folded: string}[];
  byId: Map<string, TerritoryShape>;
}

// One file per phase (docs/decisions/0020-map-geometry.md): an id is looked up only in the file of the map's phase.
const territoryFiles: Record<
  GeometryPhase,
  () => Promise<{default: TerritoryGeometry}>
> = {
  '2023-2027': () => import('@ti-toolkit/data/geometry/territories-2023-2027'),
  '2018-2022': () => import('@ti-toolkit/data/geometry/territories-2018-2022'),
};

async function load(phase: GeometryPhase): Promise<MapData> {
  const [{default: territories}, {default: regions}] = await Promise.all([
    territoryFiles[phase](),
    import('@ti-toolkit/data/geometry/regions'),
  ]);
  const sorted = territories.territories
    .map((shape) => ({shape, folded: fold(shape.name)}))
    .sort((a, b) => a.shape.name.localeCompare(b.shape.name, 'fr'));
  return {
    territories,
    regions,
    sorted,
    byId: new Map(territories.territories.map((t) => [t.id, t])),
  };
}

/** One loader per phase, each a stable function: LoadController keeps what each gave for the next map of the page. */
export const LOADERS: Record<GeometryPhase, () => Promise<MapData>> = {
  '2023-2027': () => load('2023-2027'),
  '2018-2022': () => load('2018-2022'),
};

/** Accents off, lower case, punctuation as spaces (the core's folding of commune names): "Vallée d'Oyonnax" and
 * "vallee oyonnax" meet. */
export const fold = normalizeName;

/** The territories whose name or id holds every word typed, in name order. */
export function searchTerritories(
  data: MapData,
  query: string,
  region: string | null
): TerritoryShape[] {
  // An id, whole or begun ("ti-11", "TI 84", "8413"), finds the ids that start with it; other words search the names.
  const match = /^\s*(ti[\s-]?)?(\d{0,4})\s*$/i.exec(query);
  const id = match && (match[1] || match[2]) ? match : null;
  const words = fold(query).split(' ').filter(Boolean);
  const found: TerritoryShape[] = [];
  for (const {shape, folded} of data.sorted)
    if (
      (!region || shape.region === region) &&
      (id
        ? shape.id.startsWith(`ti-${id[2]}`)
        : words.every((word) => folded.includes(word)))
    )
      found.push(shape);
  return found;
}

/** A region by its INSEE code ("84") or its name, accents and case aside. */
export function findRegion(data: MapData, value: string): RegionShape | null {
  const wanted = fold(value);
  if (!wanted) return null;
  return (
    data.regions.regions.find(
      (r) => r.code === value.trim() || fold(r.name) === wanted
    ) ?? null
  );
}

export type Box = [x: number, y: number, width: number, height: number];

/** The bounding box of path data written as the pipeline writes it: `M x y`, relative `l` steps, `z`. */
export function pathBox(d: string, points: [number, number][] = []): Box {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  let x = 0;
  let y = 0;
  let absolute = true;
  let values: number[] = [];
  for (const token of d.match(/[MmLlZz]|-?\d+(?:\.\d+)?/g) ?? []) {
    if (/[A-Za-z]/.test(token)) {
      absolute = token === 'M' || token === 'L';
      continue;
    }
    values.push(Number(token));
    if (values.length < 2) continue;
    x = absolute ? values[0]! : x + values[0]!;
    y = absolute ? values[1]! : y + values[1]!;
    add(x, y);
    values = [];
  }
  for (const [px, py] of points) add(px, py);
  return [minX, minY, maxX - minX, maxY - minY];
}

/**
 * The transform that frames `box` in the viewBox, with a margin, never closer than a sixth of France across:
 * a small territory stays readable among its neighbours.
 */
export function frame(
  box: Box | null,
  [, , width, height]: [number, number, number, number]
): {scale: number; x: number; y: number} {
  if (!box) return {scale: 1, x: 0, y: 0};
  const [bx, by, bw, bh] = box;
  const scale = Math.min(
    6,
    Math.max(1, Math.min(width / (bw * 1.4), height / (bh * 1.4)))
  );
  // Kept inside the map's edges: no empty band beside a territory on the coast.
  const clamp = (value: number, size: number) =>
    Math.min(0, Math.max(size - scale * size, value));
  return {
    scale,
    x: clamp(width / 2 - scale * (bx + bw / 2), width),
    y: clamp(height / 2 - scale * (by + bh / 2), height),
  };
}
