import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

const root = new URL('..', import.meta.url).pathname;
// The sibling folder the project was started from: data, docs. A clone has none of it.
const SIBLING = /(?:\.\.\/)+shared\/(?:data|docs)\b|\bshared\/data\/raw\b/;

describe('the repository stands alone', () => {
  it('refers nowhere to a folder beside it (code, tests, scripts, CI, docs)', () => {
    // -z: names as they are, never quoted (a quoted name with an accent would escape the filters below).
    const files = execFileSync('git', ['ls-files', '-z'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\0')
      .filter((f) => f && !/\.(png|jpe?g|gz|zip|geojson)$/.test(f))
      .filter((f) => f !== 'scripts/stands-alone.test.ts');
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((file) =>
      SIBLING.test(readFileSync(`${root}${file}`, 'utf8'))
    );
    expect(offenders).toEqual([]);
  });
});
