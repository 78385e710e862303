import type {Lang} from '@ti-toolkit/data/catalogue';
import type {VintageRef} from '../places/place-answer.ts';

/** What every surface says of a commune code the data does not know, with the vintage that did not know it. */
export function unknownCommunePhrase(
  vintage: Pick<VintageRef, 'cogYear'>,
  lang: Lang
): string {
  return lang === 'fr'
    ? `commune inconnue des données (millésime COG ${vintage.cogYear})`
    : `commune unknown to the data (COG ${vintage.cogYear} vintage)`;
}
