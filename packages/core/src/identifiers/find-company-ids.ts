import {
  explicitBidiSpans,
  isDisplayOrderUncertain,
  type CompanyIdDisplayOrder,
} from './display-order.ts';
import {labelAfter} from './label-after.ts';
import {
  hasRejectingPrefix,
  hasRejectingSuffix,
  isJoinedAfter,
  isJoinedBefore,
  labelBefore,
  type CompanyIdLabel,
} from './page-context.ts';
import {isLuhnValid} from './luhn.ts';
import {
  GATE_MISSES,
  isReadAsWritten,
  isReadOtherwiseAt,
  MAY_BE_READ_OTHERWISE,
} from './read-otherwise.ts';
import {readText} from './reading-text.ts';
import {GROUP_SEPARATOR as SEP, removeSeparators} from './separators.ts';
import {PLACEHOLDER_SIREN} from './siren.ts';
import {hasValidSiretChecksum} from './siret.ts';
import {isValidVatKey} from './vat.ts';

export type CompanyIdKind = 'siren' | 'siret' | 'vat' | 'rcs';

/** A company identifier found in a text. */
export interface CompanyIdMatch {
  kind: CompanyIdKind;
  siren: string;
  /** The 14 digits when the identifier names an establishment. */
  siret: string | null;
  /**
   * As read, separators (and `FR` for a VAT number) included: `text.slice(index, index + length)`, except that
   * invisible characters (soft hyphen, zero-width spaces, bidi marks and controls) are left out and fullwidth
   * forms and the digits of any script are read in ASCII.
   */
  value: string;
  /** Offset of the identifier in the text, in UTF-16 code units like string indices. */
  index: number;
  /** Its length in the text, in UTF-16 code units: what to highlight, invisible characters inside included. */
  length: number;
  /**
   * 'high' when a label supports it or it has the VAT form, whose key is checked; 'low' for a bare number,
   * and always when its display order is uncertain.
   */
  confidence: 'high' | 'low';
  /** The label before it (or right after it: "(SIREN)", "RCS Lyon") that supports it; null for a bare number. */
  label: CompanyIdLabel | null;
  /**
   * 'uncertain' when the page may show its digits in another order than stored, which the digits (read in
   * stored order) do not tell: inside a bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2068, up to
   * its PDF or PDI or the end of the line), around a right-to-left mark, or in groups of Arabic-Indic digits.
   * A reversed SIREN passes the checksum too. Absent when the order is certain.
   */
  displayOrder?: CompanyIdDisplayOrder;
}

// 9 to 20 digits with single separators. The bound keeps matches short on endless digit runs: a match that
// stops inside a run is followed by a digit and rejected by isJoinedAfter, and the lookbehind keeps the rest of
// the run from starting a match of its own (it also spares the engine a try at every digit of short numbers).
const RUN = `\\d(?:${SEP}?\\d){8,19}`;
// The VAT form first (FR, key, SIREN), then any digit run. Groups: separator, key, separator, SIREN digits.
const CANDIDATE = `[Ff][Rr](${SEP}?)([0-9A-HJ-NP-Z]{2})(${SEP}?)(${RUN})|(?<!\\d${SEP}?)${RUN}`;
// The fast path's pattern: also any character that may be read otherwise (group 5), which it then checks.
// One pass for both costs less than a second pass over the text (though V8 can no longer skip ahead).
const CANDIDATE_OR_READ_OTHERWISE = `${CANDIDATE}|(${MAY_BE_READ_OTHERWISE})`;

type Shape = 'siren' | 'siret' | 'vat-without-fr';

// How people group the digits, keyed by shapeCode: "732829320", "732 829 320", "732 829 320 00074"...
// The VAT number without its FR is only read after a TVA or VAT label: "TVA : 44 732 829 320".
const SHAPES: ReadonlyMap<number, Shape> = new Map<number, Shape>([
  [shapeCode([9]), 'siren'],
  [shapeCode([3, 3, 3]), 'siren'],
  [shapeCode([14]), 'siret'],
  [shapeCode([9, 5]), 'siret'],
  [shapeCode([3, 3, 3, 5]), 'siret'],
  [shapeCode([3, 3, 3, 3, 2]), 'siret'],
  [shapeCode([11]), 'vat-without-fr'],
  [shapeCode([2, 9]), 'vat-without-fr'],
  [shapeCode([2, 3, 3, 3]), 'vat-without-fr'],
]);

/**
 * Finds the SIRENs, SIRETs, French VAT numbers and RCS mentions in page text, in order of appearance,
 * one match per occurrence (removing duplicates is the caller's job). Numbers that only look like
 * identifiers are left out: wrong checksum, part of a longer number, word or code, phone numbers,
 * IBANs, amounts. One pass of one regular expression, plus checks on a few characters around each candidate.
 * The text is read as a reader sees it (see CompanyIdMatch.value); offsets stay those of `text`.
 */
export function findCompanyIds(text: string): CompanyIdMatch[] {
  // The fast path: most pages have nothing a reader reads otherwise, and are scanned as they are.
  const found = scan(text, true);
  if (found !== null) return found;
  const reading = readText(text);
  const spans = reading.hasBidiControls ? explicitBidiSpans(text) : [];
  return (scan(reading.text, false) ?? []).map((match) => {
    const index = reading.originalIndex(match.index);
    const end = reading.originalEnd(match.index + match.length);
    const inText = {...match, index, length: end - index};
    return isDisplayOrderUncertain(text, spans, index, end)
      ? {...inText, confidence: 'low', displayOrder: 'uncertain'}
      : inText;
  });
}

/**
 * The identifiers in `text`; null when `asWritten` (the fast path) and a character read otherwise turns up,
 * as the text read must then be scanned instead.
 */
function scan(text: string, asWritten: boolean): CompanyIdMatch[] | null {
  const found: CompanyIdMatch[] = [];
  // Made per call: a global regular expression carries lastIndex, which must not be shared.
  let candidates = new RegExp(
    asWritten ? CANDIDATE_OR_READ_OTHERWISE : CANDIDATE,
    'g'
  );
  let misses = 0;
  for (
    let match = candidates.exec(text);
    match !== null;
    match = candidates.exec(text)
  ) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[5] !== undefined) {
      if (isReadOtherwiseAt(text, start)) return null;
      // Text in another script hits at every letter: search the rest at once, then scan without the check.
      if (++misses === GATE_MISSES) {
        if (!isReadAsWritten(text, start)) return null;
        candidates = new RegExp(CANDIDATE, 'g');
        candidates.lastIndex = end;
      }
      continue;
    }
    if (match[2] === undefined) {
      const id = readNumber(text, start, end);
      if (id) found.push(id);
      continue;
    }
    const vat = readVat(text, start, end, match);
    if (vat) found.push(vat);
    // Not a VAT number: read its digits again as a plain number ("FR 732 829 320").
    else candidates.lastIndex = start + 2;
  }
  return found;
}

function readVat(
  text: string,
  start: number,
  end: number,
  match: RegExpExecArray
): CompanyIdMatch | null {
  const key = match[2] ?? '';
  const sirenStart = end - (match[4] ?? '').length;
  if (isJoinedBefore(text, start) || isJoinedAfter(text, end)) return null;
  if (SHAPES.get(readShape(text, sirenStart, end)) !== 'siren') return null;
  const numericKey = isDigit(key.charCodeAt(0)) && isDigit(key.charCodeAt(1));
  // "FREE 732829320" is a word and a number: a key with a letter is written either glued or spaced on both sides.
  if (!numericKey && (match[1] === '') !== (match[3] === '')) return null;
  const siren = removeSeparators(text.slice(sirenStart, end));
  if (
    siren === PLACEHOLDER_SIREN ||
    !isLuhnValid(siren) ||
    !isValidVatKey(key, siren)
  )
    return null;
  const label = supporting(labelBefore(text, start));
  // A letter key is checked modulo 11 only: without a label it is a weaker sign.
  const confidence = numericKey || label !== null ? 'high' : 'low';
  const value = text.slice(start, end);
  return {
    kind: 'vat',
    siren,
    siret: null,
    value,
    index: start,
    length: end - start,
    confidence,
    label,
  };
}

function readNumber(
  text: string,
  start: number,
  end: number
): CompanyIdMatch | null {
  if (isJoinedBefore(text, start) || isJoinedAfter(text, end)) return null;
  const shape = SHAPES.get(readShape(text, start, end));
  if (
    shape === undefined ||
    hasRejectingPrefix(text, start) ||
    hasRejectingSuffix(text, end)
  )
    return null;
  const before = labelBefore(text, start);
  if (before === 'rejected') return null;
  const label = before ?? fittingLabelAfter(text, end, shape);
  const value = text.slice(start, end);
  const digits = removeSeparators(value);
  const siren =
    shape === 'vat-without-fr' ? digits.slice(2) : digits.slice(0, 9);
  if (siren === PLACEHOLDER_SIREN || !isLuhnValid(siren)) return null;
  let kind: CompanyIdKind;
  if (shape === 'siren') kind = label === 'RCS' ? 'rcs' : 'siren';
  else if (shape === 'siret') {
    if (!hasValidSiretChecksum(digits)) return null;
    kind = 'siret';
  } else {
    // Eleven digits are a VAT number without its FR only when the label says so.
    if (
      (label !== 'TVA' && label !== 'VAT') ||
      !isValidVatKey(digits.slice(0, 2), siren)
    )
      return null;
    kind = 'vat';
  }
  const siret = kind === 'siret' ? digits : null;
  const confidence = label === null ? 'low' : 'high';
  return {
    kind,
    siren,
    siret,
    value,
    index: start,
    length: end - start,
    confidence,
    label,
  };
}

/** The label after the number, when it fits its shape: "(SIRET)" after nine digits is a doubtful sign. */
function fittingLabelAfter(
  text: string,
  end: number,
  shape: Shape
): CompanyIdLabel | null {
  const label = labelAfter(text, end);
  if (label === 'SIREN') return shape === 'siren' ? label : null;
  if (label === 'SIRET') return shape === 'siret' ? label : null;
  return label;
}

/** How the digits between `start` and `end` are grouped, as a shapeCode; -1 past 5 groups (never an identifier). */
function readShape(text: string, start: number, end: number): number {
  let code = 0;
  let group = 0;
  let groups = 1;
  for (let i = start; i < end; i++) {
    if (isDigit(text.charCodeAt(i))) group++;
    else if (++groups > 5) return -1;
    else {
      code = code * 32 + group;
      group = 0;
    }
  }
  return code * 32 + group;
}

/** The group lengths in base 32 (a group has 20 digits at most): no string built per candidate. */
function shapeCode(groups: readonly number[]): number {
  return groups.reduce((code, group) => code * 32 + group, 0);
}

const supporting = (
  label: CompanyIdLabel | 'rejected' | null
): CompanyIdLabel | null => (label === 'rejected' ? null : label);

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
