import {describe, expect, it} from 'vitest';
import {printable, printableData} from './printable.ts';

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

describe('printableData', () => {
  it.each([
    ['a;b\r\nc\td\n', 'a;b\r\nc\td\n'],
    ['\u001b[2J\u0000x\u000b', '?[2J?x?'],
  ])('%j', (text, shown) => {
    expect(printableData(text)).toBe(shown);
  });
});
