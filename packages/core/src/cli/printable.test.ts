import {describe, expect, it} from 'vitest';
import {printable} from './printable.ts';

describe('printable', () => {
  it.each([
    ['Oyonnax', 'Oyonnax'],
    ['\u001b[2J\u001b]0;pwned\u0007x', '?[2J?]0;pwned?x'],
    ['line\nnext\ttab', 'line\nnext\ttab'],
    ['\u009b31m', '?31m'],
    [JSON.stringify({input: '\u001b'}), '{"input":"\\u001b"}'],
  ])('%j', (text, shown) => {
    expect(printable(text)).toBe(shown);
  });
});
