import {normalizeName} from '../places/normalize-name.ts';
import {stemFrench} from './french-stem.ts';

/** Words too common to tell two schemes apart (French and English). */
const STOP_WORDS = new Set(
  'a au aux avec ce ces dans de des du en et il la le les leur leurs l d ou par pas pour qu que qui sa se ses son sur un une vos votre the of and for in to on an by with or'.split(
    ' '
  )
);

/** One indexed word becomes its folded form and its stem, so that both "recrutemnt" (typo) and "recruter" find it. */
export function indexTerms(word: string): string[] | null {
  const folded = normalizeName(word);
  if (folded === '' || STOP_WORDS.has(folded)) return null;
  const stem = stemFrench(folded);
  return stem === folded ? [folded] : [folded, stem];
}

/** A query word is looked up by its stem (with one typo allowed on long words, see search-schemes.ts). */
export function queryTerm(word: string): string | null {
  const folded = normalizeName(word);
  if (folded === '' || STOP_WORDS.has(folded)) return null;
  return stemFrench(folded);
}
