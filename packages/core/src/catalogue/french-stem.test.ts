import {describe, expect, it} from 'vitest';
import {stemFrench} from './french-stem.ts';

describe('stemFrench', () => {
  it.each([
    ['recrutement', 'recrut'],
    ['recrutements', 'recrut'],
    ['recruter', 'recrut'],
    ['industrielle', 'industriel'],
    ['industriels', 'industriel'],
    ['territoriaux', 'territorial'],
    ['entreprises', 'entrepris'],
    ['formation', 'form'],
    ['innovation', 'innov'],
    ['friches', 'frich'],
    ['vte', 'vte'],
    ['les', 'les'],
    ['fonds', 'fond'],
  ])('%s -> %s', (word, stem) => {
    expect(stemFrench(word)).toBe(stem);
  });
});
