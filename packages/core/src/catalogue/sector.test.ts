import {describe, expect, it} from 'vitest';
import {sectorOfNaf} from './sector.ts';

describe('sectorOfNaf', () => {
  it.each<[string, ReturnType<typeof sectorOfNaf>]>([
    ['25.62B', 'industry'],
    ['2562B', 'industry'],
    ['10.11Z', 'industry'],
    ['33.20A', 'industry'],
    [' 29.10z ', 'industry'],
    ['09.90Z', null],
    ['35.11Z', null],
    ['47.11F', null],
    ['62.01Z', null],
    ['', undefined],
    ['25.62', undefined],
    ['industrie', undefined],
    ['25.62BB', undefined],
    ['2.562B', undefined],
  ])('%j', (naf, sector) => {
    expect(sectorOfNaf(naf)).toBe(sector);
  });
});
