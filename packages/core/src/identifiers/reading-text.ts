import {decimalDigitReader} from './decimal-digits.ts';
import {
  isBidiControl,
  isInvisible,
  readOtherwiseFinder,
} from './read-otherwise.ts';

/** A text as a reader reads it, with the way back to offsets in the text it was read from. */
export interface ReadingText {
  /** The text read: invisible characters left out, fullwidth forms and the decimal digits of any script in ASCII. */
  readonly text: string;
  /** True when the original holds a bidi embedding, override or isolate control (left out of `text`). */
  readonly hasBidiControls: boolean;
  /** The offset in the original text of the character at `index` of `text`. */
  originalIndex(index: number): number;
  /** The offset in the original text just after the character before `end` of `text`: where a span read ends. */
  originalEnd(end: number): number;
}

/** Reads `original` as a reader does (see ReadingText); linear in its length. */
export function readText(original: string): ReadingText {
  const readDigit = decimalDigitReader();
  const next = readOtherwiseFinder(original);
  // Built with += (V8 joins the pieces once, at the end): an array of a million pieces joins far slower.
  let text = '';
  // The offset from the text read to the original grows at each character left out (or read from a surrogate
  // pair): from index shiftAt[k] of the text read on, it is shifts[k]. Sparse, so a scan pays for the
  // characters it changed, not for the page.
  const shiftAt: number[] = [];
  const shifts: number[] = [];
  let lastShiftAt = -1;
  let shift = 0;
  let copied = 0;
  let hasBidiControls = false;
  for (let at = next(); at !== -1; at = next()) {
    const code = original.codePointAt(at)!;
    const written = code > 0xffff ? 2 : 1;
    const read = isInvisible(code) ? '' : asAscii(code, readDigit);
    if (isBidiControl(code)) hasBidiControls = true;
    text += original.slice(copied, at) + read;
    copied = at + written;
    if (read.length !== written) {
      const nextRead = at - shift + read.length;
      shift += written - read.length;
      // Characters left out one after the other share an entry.
      if (lastShiftAt === nextRead) shifts[shifts.length - 1] = shift;
      else {
        shiftAt.push(nextRead);
        shifts.push(shift);
        lastShiftAt = nextRead;
      }
    }
  }
  text += original.slice(copied);
  const originalIndex = (index: number): number =>
    index + shiftBefore(shiftAt, shifts, index);
  return {
    text,
    hasBidiControls,
    originalIndex,
    originalEnd(end) {
      const last = originalIndex(end - 1);
      return last + (original.codePointAt(last)! > 0xffff ? 2 : 1);
    },
  };
}

/** The shift in force at `index`: the last one recorded at or before it (a binary search). */
function shiftBefore(
  shiftAt: readonly number[],
  shifts: readonly number[],
  index: number
): number {
  let low = 0;
  let high = shiftAt.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (shiftAt[middle]! <= index) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? 0 : shifts[low - 1]!;
}

/** The ASCII character read for a fullwidth form, the ideographic space or a decimal digit. */
function asAscii(code: number, readDigit: (code: number) => number): string {
  if (code === 0x3000) return ' ';
  if (code >= 0xff01 && code <= 0xff5e)
    return String.fromCharCode(code - 0xfee0);
  return String.fromCharCode(0x30 + readDigit(code));
}
