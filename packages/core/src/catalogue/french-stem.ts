/**
 * A light French stemmer for a small catalogue: plurals, feminines, and the few suffixes that separate
 * "recruter", "recrutement" and "recrutements". Input is already folded (lower case, no accents).
 * Deliberately light: a heavy stemmer merges words that mean different things in a short text.
 */
export function stemFrench(word: string): string {
  let stem = word;
  if (stem.length > 4 && stem.endsWith('aux')) stem = `${stem.slice(0, -3)}al`;
  if (stem.length > 3 && (stem.endsWith('s') || stem.endsWith('x')))
    stem = stem.slice(0, -1);
  for (const suffix of ['ement', 'ation', 'er']) {
    if (stem.length > suffix.length + 3 && stem.endsWith(suffix)) {
      stem = stem.slice(0, -suffix.length);
      break;
    }
  }
  if (stem.length > 4 && stem.endsWith('e')) stem = stem.slice(0, -1);
  // "industriell" -> "industriel", "entrepreneuriatt" never happens but "professionn" does.
  if (
    stem.length > 4 &&
    stem.at(-1) === stem.at(-2) &&
    !/[aeiou]/.test(stem.at(-1)!)
  )
    stem = stem.slice(0, -1);
  return stem;
}
