import type {TextSpan} from '@ti-toolkit/core/page-companies';

// Digit runs that could hold a company identifier, found without the scanner (which runs in the worker, see
// ADR 0013): at least nine digits of any script, with the separators and invisible characters numbers are
// written with. Loose on purpose: the worker's scanner decides; this only says where to look.
const RUN =
  /\p{Nd}(?:[\p{Nd}\s.\-\u00ad\u200b-\u200d\u2060\ufeff]{0,40}\p{Nd})?/gu;
const DIGITS = /\p{Nd}/gu;

/** The places in `text` where an identifier may be written: every run of nine digits or more, in order. */
export function candidateSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  RUN.lastIndex = 0;
  for (const match of text.matchAll(RUN))
    if ((match[0].match(DIGITS)?.length ?? 0) >= 9)
      spans.push({index: match.index, length: match[0].length});
  return spans;
}

/**
 * Whether a run has as many digits as a SIREN (9), a VAT number's key and SIREN (11) or a SIRET (14): French
 * phone numbers (10) and most amounts have not. The worker's scanner decides; this only spares checks.
 */
export function mayBeIdentifier(
  text: string,
  {index, length}: TextSpan
): boolean {
  const digits = text.slice(index, index + length).match(DIGITS)?.length ?? 0;
  return digits === 9 || digits === 11 || digits === 14;
}
