import {communeCodeToNumber, INSEE_CODE} from '@ti-toolkit/data';

/** The current communes of a vintage: tells a code the data knows from one it does not (00000, 2A999). */
export interface CurrentCommunes {
  has(code: string): boolean;
}

/**
 * The code list (code-list.ts encoding) kept as sorted numbers and decoded on first use: a verdict needs it only
 * for a commune outside every territory, and a badge must not wait for 35,000 strings (a Set costs about 20 ms).
 */
export function currentCommunes(encoded: string): CurrentCommunes {
  let numbers: Int32Array | undefined;
  return {
    has(code) {
      if (!INSEE_CODE.test(code)) return false;
      numbers ??= decodeNumbers(encoded);
      return includes(numbers, communeCodeToNumber(code));
    },
  };
}

function decodeNumbers(encoded: string): Int32Array {
  const gaps = encoded === '' ? [] : encoded.split(',');
  const numbers = new Int32Array(gaps.length);
  let value = 0;
  gaps.forEach((gap, i) => (numbers[i] = value += parseInt(gap, 36)));
  return numbers;
}

function includes(sorted: Int32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = sorted[middle]!;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
