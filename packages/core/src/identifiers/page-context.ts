// Cheap checks on the few characters around a number found in page text: they decide whether it is an
// identifier at all and how sure we are. Each reads a bounded window, so a scan stays linear in the page size.

/** A word before an identifier that says what it is. */
export type CompanyIdLabel =
  | 'SIREN'
  | 'SIRET'
  | 'RCS'
  | 'TVA'
  | 'VAT'
  | 'immatriculation'
  | 'identification';

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
  'rejected',
];
// `^[\s\S]*` backtracks from the end, so the match is the cue nearest the number. One group per entry of LABELS.
const CUE = new RegExp(
  '^[\\s\\S]*(?<![\\p{L}\\p{N}])(?:' +
    [
      'sirene?',
      'siret',
      'rcs|r\\.\\s?c\\.\\s?s\\.?|registre du commerce',
      'tva',
      'vat',
      'immatricul(?:[ée]e?s?|ation)',
      'identification',
      // phone, amount, bank account, order or invoice reference
      't[ée]l(?:[ée]phone)?|fax|phone|mobile|portable|gsm|capital|montant|prix|total|somme|' +
        "chiffre d['’]affaires|iban|rib|bic|swift|r[ée]f(?:[ée]rence)?|commande|facture|order|invoice|colis",
    ]
      .map((words) => `(${words})`)
      .join('|') +
    ')(?![\\p{L}\\p{N}])',
  'iu'
);
// A currency or an international phone prefix just before: "€ 552 081 317", "+33 (0) 732 829 320".
const REJECTING_PREFIX =
  /(?:[€$£+]|\(0\)|(?<!\p{L})(?:eur|usd|chf|gbp))[\s\u00A0\u2007\u2009\u202F]{0,2}$/iu;
// A currency or a percentage just after: "552 081 317 €", "123 456 789 euros".
const REJECTING_SUFFIX =
  /^[\s\u00A0\u2007\u2009\u202F]{0,2}(?:[€$£%]|(?:eur(?:os?)?|usd|chf|gbp|francs?|dollars?)(?!\p{L}))/iu;
// On the number's line only: "RCS" at the start of the next line or cell begins the next mention.
const RCS_AFTER =
  /^[ \t\u00A0\u2007\u2009\u202F,–-]{0,3}(?:rcs|r\.\s?c\.\s?s\.?)(?![\p{L}\p{N}])/iu;

/**
 * The label nearest before `start`, within reach and with no other number in between;
 * 'rejected' when the nearest cue says phone, amount, bank account or order reference.
 */
export function labelBefore(
  text: string,
  start: number
): CompanyIdLabel | 'rejected' | null {
  const before = text.slice(labelWindowStart(text, start), start);
  const cue = CUE.exec(before);
  if (cue === null) return null;
  const found =
    LABELS[cue.findIndex((group, i) => i > 0 && group !== undefined) - 1] ??
    null;
  if (found !== 'rejected') return found;
  return before.length - cue[0].length <= REJECTING_REACH ? 'rejected' : null;
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

/** True for "552 081 317 RCS Lyon": the register's label after the number, on its line. */
export function hasRcsLabelAfter(text: string, end: number): boolean {
  let i = end;
  while (i <= end + 2 && !isAsciiLetter(text.charCodeAt(i))) i++;
  const first = text.charCodeAt(i);
  return (
    (first === 0x52 || first === 0x72) &&
    RCS_AFTER.test(text.slice(end, end + 12))
  );
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
