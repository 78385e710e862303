import {
  hasRcsLabelAfter,
  hasRejectingPrefix,
  hasRejectingSuffix,
  isJoinedAfter,
  isJoinedBefore,
  labelBefore,
  type CompanyIdLabel,
} from './page-context.ts';
import {isLuhnValid} from './luhn.ts';
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
  /** As written in the text, separators (and `FR` for a VAT number) included. */
  value: string;
  /** Offset of `value` in the text, in UTF-16 code units like string indices. */
  index: number;
  length: number;
  /** 'high' when a label supports it or it has the VAT form, whose key is checked; 'low' for a bare number. */
  confidence: 'high' | 'low';
  /** The label before it (or "RCS" after it) that supports it; null for a bare number. */
  label: CompanyIdLabel | null;
}

// 9 to 20 digits with single separators. The bound keeps matches short on endless digit runs: a match that
// stops inside a run is followed by a digit and rejected by isJoinedAfter, and the lookbehind keeps the rest of
// the run from starting a match of its own (it also spares the engine a try at every digit of short numbers).
const RUN = `\\d(?:${SEP}?\\d){8,19}`;
// The VAT form first (FR, key, SIREN), then any digit run. Groups: separator, key, separator, SIREN digits.
const CANDIDATE = `[Ff][Rr](${SEP}?)([0-9A-HJ-NP-Z]{2})(${SEP}?)(${RUN})|(?<!\\d${SEP}?)${RUN}`;

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
 */
export function findCompanyIds(text: string): CompanyIdMatch[] {
  const found: CompanyIdMatch[] = [];
  // Made per call: a global regular expression carries lastIndex, which must not be shared.
  const candidates = new RegExp(CANDIDATE, 'g');
  for (
    let match = candidates.exec(text);
    match !== null;
    match = candidates.exec(text)
  ) {
    const start = match.index;
    const end = start + match[0].length;
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
  const label = before ?? (hasRcsLabelAfter(text, end) ? 'RCS' : null);
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
