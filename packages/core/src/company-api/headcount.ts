import type {HeadcountBand} from './company.ts';

// INSEE "tranche d'effectif salarié" codes -> [min, max] employees; max null means no upper bound.
// Numbers rather than labels: labels belong to the components' translations.
const BANDS: Readonly<Record<string, readonly [number, number | null]>> = {
  NN: [0, 0], // non-employing unit
  '00': [0, 0], // employed staff during the year, none at 31 December
  '01': [1, 2],
  '02': [3, 5],
  '03': [6, 9],
  '11': [10, 19],
  '12': [20, 49],
  '21': [50, 99],
  '22': [100, 199],
  '31': [200, 249],
  '32': [250, 499],
  '41': [500, 999],
  '42': [1000, 1999],
  '51': [2000, 4999],
  '52': [5000, 9999],
  '53': [10000, null],
};

/** The band for an INSEE code; an unknown code keeps its code with null bounds rather than failing. */
export function headcountBand(
  code: string | null,
  year: string | null
): HeadcountBand | null {
  if (code === null || code === '') return null;
  const bounds = Object.hasOwn(BANDS, code) ? BANDS[code] : undefined;
  return {code, min: bounds?.[0] ?? null, max: bounds?.[1] ?? null, year};
}
