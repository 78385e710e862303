import {describe, expect, it} from 'vitest';
import {french, frenchSpacing} from './french-typography.ts';

describe('frenchSpacing', () => {
  it.each([
    ['options :', 'options\u00a0:'],
    ['lu ; écrit ! vrai ?', 'lu\u00a0; écrit\u00a0! vrai\u00a0?'],
    ['« failed »', '«\u00a0failed\u00a0»'],
    ['insee:78224 cp:78620', 'insee:78224 cp:78620'],
    ['usage: a', 'usage: a'],
  ])('%j', (text, spaced) => {
    expect(frenchSpacing(text)).toBe(spaced);
  });
});

describe('french', () => {
  it('spaces the written parts only, never a value typed by the user', () => {
    const typed = 'a : b « c »';
    expect(french`--who ${typed} : inconnu`).toBe(
      '--who a : b « c »\u00a0: inconnu'
    );
  });
});
