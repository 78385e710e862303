/**
 * A compact text form for a set of INSEE commune codes: sorted, then each code written as the gap from the
 * previous one in base 36, comma-separated. Gaps are small inside a department, so the tables a browser
 * downloads shrink by about half after gzip.
 */

/** An INSEE commune code: five digits, or 2A/2B and three digits in Corsica. */
export const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/** Corsica's 2A/2B codes are moved past the numeric range so that every code maps to a distinct number. */
const CORSICA = {'2A': 100_000, '2B': 101_000} as const;

export function communeCodeToNumber(code: string): number {
  const prefix = code.slice(0, 2);
  if (prefix === '2A' || prefix === '2B')
    return CORSICA[prefix] + Number(code.slice(2));
  return Number(code);
}

export function numberToCommuneCode(value: number): string {
  if (value >= CORSICA['2B'])
    return `2B${String(value - CORSICA['2B']).padStart(3, '0')}`;
  if (value >= CORSICA['2A'])
    return `2A${String(value - CORSICA['2A']).padStart(3, '0')}`;
  return String(value).padStart(5, '0');
}

export function encodeCodeList(codes: readonly string[]): string {
  const numbers = codes.map(communeCodeToNumber).sort((a, b) => a - b);
  return numbers
    .map((n, i) => (n - (i === 0 ? 0 : numbers[i - 1]!)).toString(36))
    .join(',');
}

export function decodeCodeList(text: string): string[] {
  if (text === '') return [];
  let value = 0;
  return text
    .split(',')
    .map((gap) => numberToCommuneCode((value += parseInt(gap, 36))));
}
