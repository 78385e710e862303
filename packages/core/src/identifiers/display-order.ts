// A page may show a number's digits in another order than they are stored, and a reversed SIREN passes the
// checksum too: the scanner would look up a number nobody sees. These checks find where the order is in doubt;
// they do not run the bidi algorithm to find the order shown.

/** Why a match's display order is in doubt; the only value, as the order is otherwise the order stored. */
export type CompanyIdDisplayOrder = 'uncertain';

// UAX #9: embeddings and overrides (LRE, RLE, LRO, RLO) end at their PDF, isolates (LRI, RLI, FSI) at their PDI,
// and all of them at the end of the bidi paragraph: a line feed, carriage return, U+001C–U+001E, NEL or U+2029
// (type B). The page reader puts a line break between blocks, where the browser ends its bidi paragraphs too.
const BIDI_CONTROL_OR_PARAGRAPH_END =
  '[\\n\\r\\u001C-\\u001E\\u0085\\u2029\\u202A-\\u202E\\u2066-\\u2069]';
const PDF = 0x202c;
const PDI = 0x2069;

// A right-to-left mark (RLM, ALM) between the digits turns the groups around ("732<RLM> 829 320" shows "732320 829"),
// and so do the separators between groups of Arabic-Indic digits, which take the right-to-left direction (type AN).
// The invisible characters the bidi algorithm ignores (type BN) and the left-to-right mark separate nothing.
const RIGHT_TO_LEFT_MARK = /[\u061C\u200F]/;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/;
const SEPARATING_ARABIC_INDIC_DIGITS =
  /[^\u0660-\u0669\u00AD\u200B-\u200E\u2060\uFEFF]/;

/**
 * The spans of `text` inside an explicit bidi embedding, override or isolate, as [start, end) offset pairs
 * in order; each opens at its first control and closes after the PDF, PDI or paragraph end that closes the last.
 */
export function explicitBidiSpans(text: string): number[] {
  const spans: number[] = [];
  // The embeddings open in the innermost isolate, and those left open outside each isolate.
  let embeddings = 0;
  const outside: number[] = [];
  let spanStart = -1;
  const search = new RegExp(BIDI_CONTROL_OR_PARAGRAPH_END, 'g');
  for (
    let found = search.exec(text);
    found !== null;
    found = search.exec(text)
  ) {
    const code = text.charCodeAt(found.index);
    if (code >= 0x202a && code <= 0x202e) {
      // A PDF with nothing open, or inside an isolate whose embeddings are closed, is ignored.
      if (code !== PDF) embeddings++;
      else if (embeddings > 0) embeddings--;
    } else if (code >= 0x2066 && code <= 0x2069) {
      // A PDI closes its isolate and the embeddings opened in it; a PDI with no isolate open is ignored.
      if (code !== PDI) {
        outside.push(embeddings);
        embeddings = 0;
      } else if (outside.length > 0) embeddings = outside.pop()!;
    } else {
      embeddings = 0;
      outside.length = 0;
    }
    const open = embeddings > 0 || outside.length > 0;
    if (open && spanStart === -1) spanStart = found.index;
    else if (!open && spanStart !== -1) {
      spans.push(spanStart, found.index + 1);
      spanStart = -1;
    }
  }
  if (spanStart !== -1) spans.push(spanStart, text.length);
  return spans;
}

/**
 * True when the page may show the characters of `text` from `start` to `end` in another order than stored:
 * they meet one of `spans` (from explicitBidiSpans), hold a right-to-left mark, or group Arabic-Indic digits.
 */
export function isDisplayOrderUncertain(
  text: string,
  spans: readonly number[],
  start: number,
  end: number
): boolean {
  if (meetsSpan(spans, start, end)) return true;
  const written = text.slice(start, end);
  return (
    RIGHT_TO_LEFT_MARK.test(written) ||
    (ARABIC_INDIC_DIGIT.test(written) &&
      SEPARATING_ARABIC_INDIC_DIGITS.test(written))
  );
}

/** True when [start, end) overlaps one of the sorted, disjoint `spans` (a binary search on their ends). */
function meetsSpan(
  spans: readonly number[],
  start: number,
  end: number
): boolean {
  let low = 0;
  let high = spans.length / 2;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle * 2 + 1]! <= start) low = middle + 1;
    else high = middle;
  }
  return low < spans.length / 2 && spans[low * 2]! < end;
}
