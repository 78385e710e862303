const DECIMAL_DIGIT = /^\p{Nd}$/u;

const isDecimalDigit = (codePoint: number): boolean =>
  DECIMAL_DIGIT.test(String.fromCodePoint(codePoint));

/**
 * A reader of decimal digits (`\p{Nd}`: Arabic-Indic, Devanagari, fullwidth, mathematical...) that gives a digit's
 * value from its code point. Unicode puts each set of digits in ten consecutive code points, zero first, so a digit's
 * value is its distance from the start of its run, modulo 10 (a run of several sets, like the fifty mathematical
 * digits, still starts at a zero): no table to keep in step with Unicode. The reader remembers the values it found,
 * since a page repeats the same few digits; make one per scan.
 */
export function decimalDigitReader(): (codePoint: number) => number {
  const values = new Map<number, number>();
  return (codePoint) => {
    let value = values.get(codePoint);
    if (value === undefined) {
      let runStart = codePoint;
      while (runStart > 0 && isDecimalDigit(runStart - 1)) runStart--;
      value = (codePoint - runStart) % 10;
      values.set(codePoint, value);
    }
    return value;
  };
}
