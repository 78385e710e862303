import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_GEOJSON} from './perimeter/build-options.ts';

const SOURCES = new URL('../sources/', import.meta.url).pathname;
const sums = readFileSync(join(SOURCES, 'SHA256SUMS'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => {
    const [sha256, file] = line.split(/\s+/);
    return {sha256: sha256!, file: file!};
  });
const readme = readFileSync(join(SOURCES, 'README.md'), 'utf8');

/** Every data file of the folder, relative to it (the README and the checksums aside). */
const dataFiles = readdirSync(SOURCES, {recursive: true, withFileTypes: true})
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(SOURCES.length))
  .filter((file) => file !== 'README.md' && file !== 'SHA256SUMS')
  .sort();

describe('the vendored source files (packages/data/sources)', () => {
  it('are each listed in SHA256SUMS and described in the README', () => {
    expect(sums.map((s) => s.file).sort()).toEqual(dataFiles);
    for (const {file, sha256} of sums) {
      expect(readme, file).toContain(file);
      expect(readme, file).toContain(sha256);
    }
    expect(readme).toContain("ANCT – Programme Territoires d'industrie");
  });

  it.each(sums)('$file matches its SHA-256', ({file, sha256}) => {
    const hash = createHash('sha256')
      .update(readFileSync(join(SOURCES, file)))
      .digest('hex');
    expect(hash).toBe(sha256);
  });

  it('hold the file the pipeline reads by default, inside the repository', () => {
    expect(DEFAULT_GEOJSON.startsWith('packages/data/sources/')).toBe(true);
    expect(sums.map((s) => `packages/data/sources/${s.file}`)).toContain(
      DEFAULT_GEOJSON
    );
  });
});
