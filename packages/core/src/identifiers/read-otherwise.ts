// The characters a reader reads otherwise than their code: invisible ones, fullwidth forms, and the decimal
// digits of other scripts. Finding them is the fast path's cost, so it is done in two steps: a wide regular
// expression class that V8 scans fast, then an exact check of each hit.

// What a reader does not see: soft hyphen, Arabic letter mark, zero-width space, non-joiner and joiner, the
// left-to-right and right-to-left marks, the bidi embeddings and overrides and their PDF, word joiner, the bidi
// isolates and their PDI, byte order mark.
const INVISIBLE =
  '\\u00AD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF';
// Read as their ASCII counterparts, one for one as NFKC folds them: the ideographic space and the fullwidth forms.
const FULLWIDTH = '\\u3000\\uFF01-\\uFF5E';
// One character read otherwise: invisible, fullwidth, or a decimal digit other than 0-9. Exact, but its Unicode
// property makes a scan five times as long as the class below.
const READ_OTHERWISE = `[${INVISIBLE}${FULLWIDTH}]|[^\\P{Nd}0-9]`;

/**
 * A regular expression (one code unit, no group) for a character that may be read otherwise: a class in four
 * ranges, as V8 scans a class slower for each range it adds, then a look back that drops, without a return to
 * the caller, the punctuation of U+2010–U+205F (quotes, dashes, narrow no-break space) and the second halves of
 * surrogate pairs. It leaves out ASCII, the Latin, Greek and Cyrillic letters and the currency signs; it lets
 * through the letters of other scripts and emoji (by their first halves), which the exact check then drops.
 */
export const MAY_BE_READ_OTHERWISE =
  '[\\u00AD\\u0600-\\u1FFF\\u200B-\\u206F\\u3000-\\uFFFF](?<![\\u2010-\\u2029\\u202F-\\u205F\\uDC00-\\uDFFF])';

/** How many hits of MAY_BE_READ_OTHERWISE may miss (text in another script) before an exact search takes over. */
export const GATE_MISSES = 256;

// Sticky, and its lastIndex set right before each use: made once, as it runs for each hit of the gate.
const READ_OTHERWISE_HERE = new RegExp(READ_OTHERWISE, 'uy');

/** True when the character at `index` (a whole code point from there) is read otherwise than written. */
export function isReadOtherwiseAt(text: string, index: number): boolean {
  READ_OTHERWISE_HERE.lastIndex = index;
  return READ_OTHERWISE_HERE.test(text);
}

/** True when no character of `text` from `from` on is read otherwise (an exact search). */
export function isReadAsWritten(text: string, from = 0): boolean {
  const exact = new RegExp(READ_OTHERWISE, 'gu');
  exact.lastIndex = from;
  return !exact.test(text);
}

/**
 * Finds the characters of `text` read otherwise, in order: each call gives the next one's index, then -1.
 * It checks the hits of MAY_BE_READ_OTHERWISE, and searches exactly once they miss too often.
 */
export function readOtherwiseFinder(text: string): () => number {
  const gate = new RegExp(MAY_BE_READ_OTHERWISE, 'g');
  const exact = new RegExp(READ_OTHERWISE, 'gu');
  let misses = 0;
  return () => {
    // test() rather than exec(): no match object for each hit.
    while (misses < GATE_MISSES && gate.test(text)) {
      const at = gate.lastIndex - 1;
      if (isReadOtherwiseAt(text, at)) return at;
      if (++misses === GATE_MISSES) exact.lastIndex = at;
    }
    if (misses < GATE_MISSES) return -1;
    return exact.exec(text)?.index ?? -1;
  };
}

/** True for a bidi embedding, override or isolate control, or their PDF or PDI. */
export const isBidiControl = (code: number): boolean =>
  (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);

/** True for the characters left out of the text read. */
export const isInvisible = (code: number): boolean =>
  code === 0xad ||
  code === 0x61c ||
  (code >= 0x200b && code <= 0x200f) ||
  code === 0x2060 ||
  code === 0xfeff ||
  isBidiControl(code);
