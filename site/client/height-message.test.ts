import {describe, expect, it} from 'vitest';
import {HEIGHT_MESSAGE, readHeightMessage} from './height-message.ts';

describe('readHeightMessage', () => {
  it.each([
    [{type: HEIGHT_MESSAGE, height: 812.4}, 812],
    [{type: HEIGHT_MESSAGE, height: 1e9}, 20_000],
    [{type: HEIGHT_MESSAGE, height: -5}, 40],
    [{type: HEIGHT_MESSAGE, height: Number.NaN}, null],
    [{type: HEIGHT_MESSAGE, height: '800'}, null],
    [{type: 'other', height: 800}, null],
    ['ti-embed-height', null],
    [null, null],
  ])('%j gives %s', (data, height) => {
    expect(readHeightMessage(data)).toBe(height);
  });
});
