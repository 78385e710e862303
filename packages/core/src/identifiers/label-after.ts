import {GROUP_SEPARATOR as SEP} from './separators.ts';

/** The labels read after a number: "732 829 320 (SIREN)", "552 081 317 RCS Lyon". */
export type LabelAfter = 'SIREN' | 'SIRET' | 'RCS';

const BLANK = '[ \\t\\u00A0\\u2007\\u2009\\u202F]';
// On the number's line only, like every label after: on the next line a label begins the next mention.
// In brackets the label is the number's own: "732 829 320 (SIREN)". After a space, dash or comma it is its own
// only where the phrase ends: followed by more ("SIREN 111… SIREN 222…", "– SIRET : 222…") it may be the next
// number's label, so it is no one's here. Sticky: lastIndex is set right before each use.
const SIREN_OR_SIRET = new RegExp(
  `${BLANK}{0,3}(?:\\(${BLANK}{0,2}(sirene?|siret)${BLANK}{0,2}\\)|(?:[-–—,]${BLANK}{0,3})?(sirene?|siret)(?=${BLANK}{0,3}(?:[.;,)\\]»]|\\r|\\n|$)))`,
  'iuy'
);
// "552 081 317 RCS Lyon"; but "732829320 RCS Nanterre B 552 081 317" is the next number's mention.
const RCS = new RegExp(
  `[ \\t\\u00A0\\u2007\\u2009\\u202F,–-]{0,3}(?:rcs|r\\.\\s?c\\.\\s?s\\.?)(?![\\p{L}\\p{N}])` +
    `(?!${BLANK}{1,3}(?:[\\p{L}'’.-]{1,40}${BLANK}{1,3}){0,4}\\d{3}${SEP}?\\d{3}${SEP}?\\d{3})`,
  'iuy'
);
/** How far back from a label a number may end for the label to be that number's label after. */
const NUMBER_REACH = 8;

/** The label right after the number that ends at `end`, when it is that number's (see above); null otherwise. */
export function labelAfter(text: string, end: number): LabelAfter | null {
  // Most numbers are followed by a word or a sign no label starts with: look at it before running a regex.
  let i = end;
  while (i < end + NUMBER_REACH && isBetweenNumberAndLabel(text.charCodeAt(i)))
    i++;
  const first = text.charCodeAt(i) | 0x20;
  if (first !== 0x73 && first !== 0x72) return null;
  SIREN_OR_SIRET.lastIndex = end;
  const named = SIREN_OR_SIRET.exec(text);
  if (named !== null) {
    const word = (named[1] ?? named[2])!.toLowerCase();
    return word === 'siret' ? 'SIRET' : 'SIREN';
  }
  RCS.lastIndex = end;
  return RCS.test(text) ? 'RCS' : null;
}

/**
 * True when the label that starts at `labelStart` is the label after a number before it: in
 * "732 829 320 (SIREN) 552 081 317", "SIREN" is not the second number's label.
 */
export function isLabelOfNumberBefore(
  text: string,
  labelStart: number
): boolean {
  let i = labelStart - 1;
  const limit = labelStart - NUMBER_REACH;
  while (i >= limit && isBetweenNumberAndLabel(text.charCodeAt(i))) i--;
  const code = text.charCodeAt(i);
  return code >= 0x30 && code <= 0x39 && labelAfter(text, i + 1) !== null;
}

// Blanks, an opening bracket, a dash or a comma: what stands between a number and its label after.
function isBetweenNumberAndLabel(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x2007 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 0x28 ||
    code === 0x2c ||
    code === 0x2d ||
    code === 0x2013 ||
    code === 0x2014
  );
}
