import {describe, expect, it} from 'vitest';
import {langFromArgs} from './args-lang.ts';

describe('langFromArgs', () => {
  it.each([
    [[], 'fr'],
    [['where', '78620'], 'fr'],
    [['where', '--lang', 'en', '78620'], 'en'],
    [['where', '--lang=en'], 'en'],
    [['where', '--lang', 'fr'], 'fr'],
    [['where', '--lang', 'en', '--lang', 'fr'], 'fr'],
    [['where', '--lang', 'fr', '--lang=en'], 'en'],
    [['where', '--lang', 'de'], 'fr'],
    [['where', '--lang', 'EN'], 'fr'],
    [['where', '--lang'], 'fr'],
    [['where', '--lang', '--json'], 'fr'],
    [['where', '--', '--lang', 'en'], 'fr'],
    [['where', '--lang', 'en', '--', '--lang', 'fr'], 'en'],
    [['where', 'nom:--lang', 'en'], 'fr'],
  ] as const)('%j: %s', (args, lang) => {
    expect(langFromArgs(args)).toBe(lang);
  });
});
