import {describe, expect, it} from 'vitest';
import {progressOn, progressText} from './progress.ts';

describe('progressText', () => {
  it.each<[number, number | undefined, number, 'fr' | 'en', string]>([
    [120, 1000, 5, 'en', 'ti where: 120/1,000 answers, 5/s, about 3 min left'],
    [
      120,
      1000,
      4.87,
      'fr',
      'ti where : 120/1\u202f000 réponses, 4,9/s, environ 4 min restantes',
    ],
    [
      990,
      1000,
      5,
      'fr',
      'ti where : 990/1\u202f000 réponses, 5/s, environ 1 min restante',
    ],
    [1000, 1000, 5, 'en', 'ti where: 1,000/1,000 answers, 5/s'],
    [7, undefined, 2, 'en', 'ti where: 7 answers, 2/s'],
  ])('%d of %s at %d/s in %s', (count, total, rate, lang, text) => {
    expect(progressText(count, total, rate, lang)).toBe(text);
  });
});

describe('progressOn', () => {
  it('does nothing without a terminal', () => {
    const progress = progressOn({}, {total: 2, lang: 'en'});
    expect(() => (progress.tick(), progress.done())).not.toThrow();
  });

  it('redraws at most every so often, always the last answer, and clears at the end', () => {
    const shown: string[] = [];
    let time = 0;
    const progress = progressOn(
      {progress: (text: string) => shown.push(text)},
      {
        total: 4,
        lang: 'en',
        now: () => time,
        everyMs: 100,
      }
    );
    for (const at of [50, 60, 200, 210]) {
      time = at;
      progress.tick();
    }
    progress.done();
    expect(shown).toEqual([
      'ti where: 1/4 answers, 20/s, about 1 min left',
      'ti where: 3/4 answers, 15/s, about 1 min left',
      'ti where: 4/4 answers, 19/s',
      '',
    ]);
  });
});
