import {describe, expect, it} from 'vitest';
import {shownValue} from './shown-value.ts';

describe('shownValue', () => {
  it.each([
    ['loan', 'loan'],
    ['Saint-Nom-la-Bretèche', 'Saint-Nom-la-Bretèche'],
    ['\u001b[2Jx', '?[2Jx'],
    ['a\nti where : fake line\tb\r', 'a?ti where : fake line?b?'],
    ['x'.repeat(61), `${'x'.repeat(60)}…`],
    ['x'.repeat(60), 'x'.repeat(60)],
    ['🏭'.repeat(61), `${'🏭'.repeat(60)}…`],
  ])('%j', (value, shown) => {
    expect(shownValue(value)).toBe(shown);
  });
});
