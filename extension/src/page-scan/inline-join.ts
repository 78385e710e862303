// What joins two texts of one block. The browser shows inline texts exactly as written: glued when the page
// puts no whitespace between them ("<span>4416</span><span>39465</span>" shows 441639465), one space for any
// whitespace. Two cases still get a space: a whitespace-only node between them (the walk skips those), and a
// letter on either side, where pages separate a label from its value with CSS margins or flex gaps
// ("<b>SIREN</b><span>732 829 320</span>") and where the scanner reads a glued "SIREN732829320" as a code.

/** True for the whitespace a browser collapses or shows as a space, no-break and thin spaces included. */
export const isSpaceCode = (code: number): boolean =>
  code <= 0x20 ||
  code === 0xa0 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000;

const LETTER = /\p{L}/u;

// Latin letters with a charCode test; the rest of Unicode (rare on these pages) with a regular expression.
function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  return code > 0x24f && LETTER.test(String.fromCharCode(code));
}

/**
 * The separator between the text before (ending with `before`) and the next one (starting with `after`), both
 * char codes, in one block; `spaced` when a whitespace-only node stood between them.
 */
export function inlineJoin(
  before: number,
  after: number,
  spaced: boolean
): '' | ' ' {
  if (isSpaceCode(before) || isSpaceCode(after)) return '';
  return spaced || isLetterCode(before) || isLetterCode(after) ? ' ' : '';
}
