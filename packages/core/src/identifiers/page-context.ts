import {isLabelOfNumberBefore} from './label-after.ts';

// Cheap checks on the few characters around a number found in page text: they decide whether it is an
// identifier at all and how sure we are. Each reads a bounded window, so a scan stays linear in the page size.

/**
 * A word before an identifier (or right after it) that says what it is. 'RCS' also stands for the register's
 * English name ("Trade and Companies Register"); 'registration' for an English registration or company number.
 */
export type CompanyIdLabel =
  | 'SIREN'
  | 'SIRET'
  | 'RCS'
  | 'TVA'
  | 'VAT'
  | 'immatriculation'
  | 'identification'
  | 'registration';

/** How far before a number its label may stand: enough for "immatriculée au RCS de <town> sous le numéro". */
const LABEL_REACH = 64;
/** Words that rule a number out (phone, amount, bank, order) only count this close to it. */
const REJECTING_REACH = 24;

const LABELS: readonly (CompanyIdLabel | 'rejected')[] = [
  'SIREN',
  'SIRET',
  'RCS',
  'TVA',
  'VAT',
  'immatriculation',
  'identification',
  'registration',
  'rejected',
];
// One group per entry of LABELS.
const CUE_WORDS = [
  'sirene?',
  'siret',
  'rcs|r\\.\\s?c\\.\\s?s\\.?|registre du commerce|' +
    'trade\\s+(?:and|&)\\s+compan(?:y|ies)\\s+register|register\\s+of\\s+(?:trade|commerce)\\s+and\\s+compan(?:y|ies)',
  'tva',
  'vat',
  'immatricul(?:[ée]e?s?|ation)',
  'identification',
  // The cue nearest the number wins: "Companies Register" inside the RCS's English name is left to it.
  'registration\\s+(?:number|no\\.?)|registered\\s+number|compan(?:y|ies)\\s+(?:register\\s+)?(?:number|no\\.?)|' +
    '(?<!trade\\s+(?:and|&)\\s+)companies\\s+register',
  // phone, amount, bank account, order or invoice reference
  't[ée]l(?:[ée]phone)?|fax|phone|mobile|portable|gsm|capital|montant|prix|total|somme|' +
    "chiffre d['’]affaires|iban|rib|bic|swift|r[ée]f(?:[ée]rence)?|commande|facture|order|invoice|colis",
]
  .map((words) => `(${words})`)
  .join('|');
// `^[\s\S]*` backtracks from the end, so the match is the cue nearest the number.
const CUE = new RegExp(
  `^[\\s\\S]*(?<![\\p{L}\\p{N}])(?:${CUE_WORDS})(?![\\p{L}\\p{N}])`,
  'iu'
);
// CUE without the Unicode mode, which made the search three times as slow: before the word, only Latin letters
// and digits are ruled out; after it, nothing. When the word it finds stands alone, as it mostly does, it is CUE's
// answer ("téléphone" holds "phone"). Without the Unicode mode, a long s or a Kelvin sign no longer stands for
// an s or a k, which no page will miss.
const NEAREST_CUE_WORD = new RegExp(
  `^[\\s\\S]*(?<![0-9a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F])(?:${CUE_WORDS})`,
  'i'
);
const ENDS_WITH_LETTER_OR_NUMBER = /[\p{L}\p{N}]$/u;
const STARTS_WITH_LETTER_OR_NUMBER = /^[\p{L}\p{N}]/u;
// A currency or an international phone prefix just before: "€ 552 081 317", "+33 (0) 732 829 320".
const REJECTING_PREFIX =
  /(?:[€$£+]|\(0\)|(?<!\p{L})(?:eur|usd|chf|gbp))[\s\u00A0\u2007\u2009\u202F]{0,2}$/iu;
// A currency or a percentage just after: "552 081 317 €", "123 456 789 euros".
const REJECTING_SUFFIX =
  /^[\s\u00A0\u2007\u2009\u202F]{0,2}(?:[€$£%]|(?:eur(?:os?)?|usd|chf|gbp|francs?|dollars?)(?!\p{L}))/iu;

/**
 * The label nearest before `start`, within reach, with no other number in between, and not the label after
 * a number before it ("732 829 320 (SIREN) 552 081 317"); 'rejected' when the nearest cue says phone, amount,
 * bank account or order reference.
 */
export function labelBefore(
  text: string,
  start: number
): CompanyIdLabel | 'rejected' | null {
  const windowStart = labelWindowStart(text, start);
  const before = text.slice(windowStart, start);
  const cue = nearestCue(before);
  if (cue === null) return null;
  if (cue.found !== 'rejected') {
    return isLabelOfNumberBefore(text, windowStart + cue.start)
      ? null
      : cue.found;
  }
  return before.length - cue.end <= REJECTING_REACH ? 'rejected' : null;
}

/** The cue nearest the end of `before`: what it says, where it starts and ends. */
function nearestCue(
  before: string
): {found: CompanyIdLabel | 'rejected'; start: number; end: number} | null {
  let cue = NEAREST_CUE_WORD.exec(before);
  if (cue === null) return null;
  let group = matchedGroup(cue);
  let start = cue[0].length - cue[group]!.length;
  const end = cue[0].length;
  if (
    isLetterOrNumberBefore(before, start) ||
    isLetterOrNumberAfter(before, end)
  ) {
    cue = CUE.exec(before);
    if (cue === null) return null;
    group = matchedGroup(cue);
    start = cue[0].length - cue[group]!.length;
  }
  return {found: LABELS[group - 1]!, start, end: cue[0].length};
}

/** The number of the group a match of CUE_WORDS went through. */
function matchedGroup(cue: RegExpExecArray): number {
  let group = 1;
  while (cue[group] === undefined) group++;
  return group;
}

// ASCII at once; a regular expression for the rest (a surrogate pair read whole).
function isLetterOrNumberBefore(text: string, index: number): boolean {
  const code = text.charCodeAt(index - 1);
  if (code < 0x80) return isDigit(code) || isAsciiLetter(code);
  return ENDS_WITH_LETTER_OR_NUMBER.test(
    text.slice(Math.max(0, index - 2), index)
  );
}

function isLetterOrNumberAfter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return isDigit(code) || isAsciiLetter(code);
  return STARTS_WITH_LETTER_OR_NUMBER.test(text.slice(index, index + 2));
}

/**
 * Where the text that may hold a number's label begins: within reach, and neither across another number
 * ("SIRET 1 : ..." or the previous identifier) nor across a paragraph break (a blank line, which the
 * extension's page reader puts between paragraphs): "... au RCS.\n\n732 829 320" is a bare number.
 * A single line break is crossed: a label in one table cell, its number in the next.
 */
function labelWindowStart(text: string, start: number): number {
  const limit = Math.max(0, start - LABEL_REACH);
  let lineBreakAt = -1;
  for (let i = start - 1; i >= limit; i--) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) return i + 1;
    if (code === LINE_FEED) {
      if (lineBreakAt !== -1) return lineBreakAt + 1;
      lineBreakAt = i;
    } else if (!isBlankInLine(code)) lineBreakAt = -1;
  }
  return limit;
}

/** True when a currency sign or a phone prefix stands right before `start`. */
export function hasRejectingPrefix(text: string, start: number): boolean {
  // Most numbers follow a space, a colon or a word's last letter: look at that character before slicing.
  let i = start - 1;
  while (i >= start - 2 && isSpace(text.charCodeAt(i))) i--;
  const last = text.charCodeAt(i);
  if (
    !isAsciiLetter(last) &&
    last !== 0x20ac &&
    last !== 0x24 &&
    last !== 0xa3 &&
    last !== 0x2b &&
    last !== 0x29
  ) {
    return false;
  }
  return REJECTING_PREFIX.test(text.slice(Math.max(0, start - 8), start));
}

/** True when a currency or a percent sign follows `end`. */
export function hasRejectingSuffix(text: string, end: number): boolean {
  let i = end;
  while (i <= end + 1 && isSpace(text.charCodeAt(i))) i++;
  const first = text.charCodeAt(i);
  if (
    !isAsciiLetter(first) &&
    first !== 0x20ac &&
    first !== 0x24 &&
    first !== 0xa3 &&
    first !== 0x25
  )
    return false;
  return REJECTING_SUFFIX.test(text.slice(end, end + 12));
}

/**
 * True when the characters before `start` make it part of something longer: a word or code ("ABC732829320",
 * "REF-732829320"), or a digit run or amount ("1,732829320", the rest of a run cut by the scanner's bound).
 */
export function isJoinedBefore(text: string, start: number): boolean {
  const previous = text.charCodeAt(start - 1);
  if (isWordCharacter(previous)) return true;
  const beyond = text.charCodeAt(start - 2);
  if (isDigit(beyond) && (isGroupSeparator(previous) || previous === COMMA))
    return true;
  return (
    (previous === HYPHEN || previous === UNDERSCORE) && isWordCharacter(beyond)
  );
}

/** The same after `end`: "732829320ABC", "732829320-B2", "552 081 317,50", "732829320.pdf". */
export function isJoinedAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (isWordCharacter(next)) return true;
  const beyond = text.charCodeAt(end + 1);
  if (isDigit(beyond) && (isGroupSeparator(next) || next === COMMA))
    return true;
  return (
    (next === HYPHEN || next === UNDERSCORE || next === DOT) &&
    isWordCharacter(beyond)
  );
}

const LINE_FEED = 0x0a;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const UNDERSCORE = 0x5f;

// charCodeAt gives NaN outside the text: every comparison below is then false.
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

const isAsciiLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

const isSpace = (code: number): boolean =>
  code === 0x20 ||
  code === 0xa0 ||
  code === 0x2007 ||
  code === 0x2009 ||
  code === 0x202f;

// Spaces, tabs and the carriage return of "\r\n": what a blank line may hold between its line feeds.
const isBlankInLine = (code: number): boolean =>
  code === 0x09 || code === 0x0d || isSpace(code);

function isWordCharacter(code: number): boolean {
  if (code < 0x80) return isDigit(code) || isAsciiLetter(code);
  // Latin letters with diacritics (À to ɏ), without × and ÷.
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
}

// The characters of GROUP_SEPARATOR, as codes.
function isGroupSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    code === DOT ||
    code === HYPHEN ||
    code === 0xa0 ||
    code === 0x2007 ||
    code === 0x2009 ||
    code === 0x202f
  );
}
