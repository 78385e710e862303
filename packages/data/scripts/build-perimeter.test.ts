import {execFile} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {generatedModule, readGeneratedModule} from './generated-module.ts';

const script = new URL('./build-perimeter.ts', import.meta.url).pathname;
const generated = new URL('../generated', import.meta.url).pathname;

/** Runs `pnpm data:build` the way a maintainer does, in a child process; never rejects. */
async function build(...args: string[]) {
  try {
    const {stdout, stderr} = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      {encoding: 'utf8'}
    );
    return {code: 0, stdout, stderr};
  } catch (error) {
    const {code, stdout, stderr} = error as {
      code: number;
      stdout: string;
      stderr: string;
    };
    return {code, stdout, stderr};
  }
}

describe('data:build and data:check', {timeout: 30_000}, () => {
  it('passes the check on the committed tables', async () => {
    const {code, stdout} = await build('--check');
    expect(stdout).toContain('data:check: the 119 generated files match');
    expect(code).toBe(0);
  });

  it('fails the check on a stale or stray commune shard, and a build removes the stray one', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ti-data-'));
    cpSync(generated, out, {recursive: true});
    const shard = join(out, 'communes/78.js');
    writeFileSync(
      shard,
      readFileSync(shard, 'utf8').replace('Feucherolles', 'F')
    );
    writeFileSync(join(out, 'communes/99.js'), 'export default {};\n');
    const {code, stderr} = await build('--check', '--out', out);
    expect(code).toBe(1);
    expect(stderr).toContain('communes/78.js, communes/99.js differ');
    expect((await build('--out', out)).code).toBe(0);
    expect(existsSync(join(out, 'communes/99.js'))).toBe(false);
    expect((await build('--check', '--out', out)).code).toBe(0);
  });

  it('fails the check on a stale table and says what changed', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ti-data-'));
    cpSync(generated, out, {recursive: true});
    const index = readGeneratedModule(join(out, 'commune-territory.js')) as {
      territories: string[];
    };
    index.territories[0] = 'ti-0000';
    writeFileSync(
      join(out, 'commune-territory.js'),
      generatedModule(
        index,
        {name: 'CommuneTerritoryTable', from: '../src/tables.ts'},
        'test'
      ).js
    );
    const {code, stderr} = await build('--check', '--out', out);
    expect(code).toBe(1);
    expect(stderr).toContain('commune-territory.js differ');
    expect(stderr).toMatch(/~ commune \d{5}: ti-0000 -> ti-0101/);
  });

  it("builds from ANCT's commune file, maps old codes and reports the move", async () => {
    const out = mkdtempSync(join(tmpdir(), 'ti-data-'));
    cpSync(generated, out, {recursive: true});
    const csv = join(out, 'liste-ti-com.csv');
    // 01340 merged into Arboys en Bugey (01015); 99999 is no commune.
    writeFileSync(
      csv,
      'insee_com;lib_com;id_ti;lib_ti\n01010;Anglefort;ti-8418;Rumilly\n01340;Arbignieu;ti-8418;Rumilly\n99999;Nowhere;ti-8418;Rumilly\n'
    );
    const {code, stdout, stderr} = await build(
      '--communes-csv',
      csv,
      '--perimeter-date',
      '2025-01-15',
      '--out',
      out
    );
    expect(code).toBe(0);
    expect(stderr).toContain('99999 (ti-8418) is not a commune');
    expect(stdout).toContain('~ commune 01015: none -> ti-8418');
    expect(stdout).toMatch(
      /commune-territory\.js: [\d.]+ kB raw, [\d.]+ kB gzip/
    );
    const sources = readFileSync(join(out, 'SOURCES.md'), 'utf8');
    expect(sources).toContain('mise à jour du 15/01/2025');
    expect(sources).toContain('method: commune-file');

    // The check replays the recorded options, so a refresh from CSV files stays green in CI...
    const replay = await build('--check', '--out', out);
    expect(replay.stdout).toContain('match their sources');
    expect(replay.code).toBe(0);
    // ...and says so when a source file changed since.
    writeFileSync(csv, 'insee_com;id_ti\n01010;ti-8418\n');
    const changed = await build('--check', '--out', out);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(
      /liste-ti-com\.csv changed since the tables were built/
    );
  });

  it("builds from ANCT's groupement file with the territory names from the list of territories", async () => {
    const out = mkdtempSync(join(tmpdir(), 'ti-data-'));
    const groupements = join(out, 'liste-ti-grpt.csv');
    const territories = join(out, 'liste-ti.csv');
    writeFileSync(
      groupements,
      'id_ti;lib_groupement;siren_groupement\nti-8418;CC Rumilly Terre de Savoie;247400740\n'
    );
    writeFileSync(
      territories,
      'id_ti;lib_ti\nti-8418;Rumilly Usses et Rhône\n'
    );
    const without = await build('--groupements-csv', groupements, '--out', out);
    expect(without.stderr).toMatch(
      /territory ti-8418 has no name in this file: pass ANCT's list of territories with --territories-csv/
    );
    const {code, stdout} = await build(
      '--groupements-csv',
      groupements,
      '--territories-csv',
      territories,
      '--out',
      out
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^1 territories, 1 groupements, \d+ of \d+ communes in a territory/
    );
  });

  it('refuses a malformed source with a clear message and writes nothing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ti-data-'));
    const broken = join(out, 'broken.geojson');
    writeFileSync(broken, '{"type":"FeatureCollection"');
    const {code, stderr} = await build('--geojson', broken, '--out', out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/data:build: broken.geojson: not valid JSON/);
    expect(() => readFileSync(join(out, 'territories.js'))).toThrow();
  });
});
