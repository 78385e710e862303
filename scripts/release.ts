/**
 * pnpm release: everything a maintainer publishes, built into release/ (nothing is published: see docs/releasing.md).
 * - the three npm tarballs (`pnpm pack`, after `pnpm packages:build`);
 * - cdn/<version>/: the components' CDN bundle, with sri.json (every script's sha384, as the site's integrity.json)
 *   for the partners' snippets;
 * - ti-extension-chrome-<version>.zip and ti-extension-firefox-<version>.zip, made by `web-ext build` from the
 *   extension's two builds, reproducible: every file is dated from the last commit (SOURCE_DATE_EPOCH), and the
 *   script builds each zip twice and fails unless both are byte for byte identical; the Firefox zip passes
 *   `web-ext lint`;
 * - SHA256SUMS of all of it.
 */
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {integrityOfTree} from '../site/build/integrity.ts';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'release');
const run = (command: string, args: string[], cwd = root) =>
  execFileSync(command, args, {cwd, encoding: 'utf8', stdio: 'pipe'});
const version = (
  JSON.parse(readFileSync(join(root, 'components/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const epoch = Number(
  process.env.SOURCE_DATE_EPOCH ??
    run('git', ['log', '-1', '--format=%ct']).trim()
);

/** Every file under a folder, relative to it, sorted. */
function files(dir: string): string[] {
  return (readdirSync(dir, {recursive: true}) as string[])
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}
const sha256 = (file: string) =>
  createHash('sha256').update(readFileSync(file)).digest('hex');

rmSync(out, {recursive: true, force: true});
mkdirSync(out, {recursive: true});

// 1. The npm tarballs.
run('pnpm', ['run', 'packages:build']);
for (const name of ['data', 'core', 'components'])
  run('pnpm', [
    '--filter',
    `@ti-toolkit/${name}`,
    'pack',
    '--pack-destination',
    out,
  ]);

// 2. The CDN folder, versioned, with the integrity of every file.
const cdn = join(out, 'cdn', version);
cpSync(join(root, 'components/cdn'), cdn, {recursive: true});
rmSync(join(cdn, '.vite'), {recursive: true, force: true});
const sri = integrityOfTree(cdn);
writeFileSync(join(cdn, 'sri.json'), `${JSON.stringify(sri, null, 2)}\n`);

// 3. The extension's zips, twice each, compared.
run('pnpm', ['--filter', '@ti-toolkit/extension', 'build']);
function zip(source: string, target: string): Buffer {
  const copy = mkdtempSync(join(tmpdir(), 'ti-extension-'));
  cpSync(source, copy, {recursive: true});
  const artifacts = mkdtempSync(join(tmpdir(), 'ti-zip-'));
  run('pnpm', [
    '--filter',
    '@ti-toolkit/extension',
    'exec',
    'web-ext',
    'build',
    '--source-dir',
    copy,
    '--artifacts-dir',
    artifacts,
    '--filename',
    target,
    '--overwrite-dest',
    '--no-config-discovery',
  ]);
  normalizeZip(join(artifacts, target));
  return readFileSync(join(artifacts, target));
}

/**
 * web-ext dates the manifest.json it writes with the clock: rewrite the zip with every entry dated from the commit,
 * in name order, with fixed permissions (python3's zipfile is on every machine of this kind).
 */
function normalizeZip(file: string): void {
  const [year, month, day, hour, minute, second] = new Date(epoch * 1000)
    .toISOString()
    .split(/[-T:.]/)
    .map(Number);
  const script = [
    'import sys, zipfile',
    'src, date = sys.argv[1], tuple(int(x) for x in sys.argv[2:8])',
    'entries = [(i, zipfile.ZipFile(src).read(i.filename)) for i in zipfile.ZipFile(src).infolist()]',
    "with zipfile.ZipFile(src, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as out:",
    '    for info, data in sorted(entries, key=lambda e: e[0].filename):',
    '        entry = zipfile.ZipInfo(info.filename, date)',
    '        entry.external_attr = (0o40755 if info.is_dir() else 0o100644) << 16',
    '        entry.compress_type = zipfile.ZIP_DEFLATED',
    '        out.writestr(entry, data)',
  ].join('\n');
  run('python3', [
    '-c',
    script,
    file,
    ...[year, month, day, hour, minute, second].map(String),
  ]);
}
const extension = join(root, 'extension');
for (const [browser, dist] of [
  ['chrome', 'dist'],
  ['firefox', 'dist-firefox'],
] as const) {
  const name = `ti-extension-${browser}-${version}.zip`;
  const first = zip(join(extension, dist), name);
  const second = zip(join(extension, dist), name);
  if (!first.equals(second))
    throw new Error(
      `${name}: two builds of the same commit differ: the zip is not reproducible`
    );
  writeFileSync(join(out, name), first);
}
// The store's own checks, on what is sent to it.
const unpacked = mkdtempSync(join(tmpdir(), 'ti-firefox-'));
// python3 is on every machine of this kind (unzip is not).
run('python3', [
  '-m',
  'zipfile',
  '-e',
  join(out, `ti-extension-firefox-${version}.zip`),
  unpacked,
]);
run('pnpm', [
  '--filter',
  '@ti-toolkit/extension',
  'exec',
  'web-ext',
  'lint',
  '--source-dir',
  unpacked,
  '--no-config-discovery',
]);

// 4. The checksums of everything above.
const sums = files(out)
  .map((file) => `${sha256(join(out, file))}  ${file}`)
  .join('\n');
writeFileSync(join(out, 'SHA256SUMS'), `${sums}\n`);
console.log(
  `release ${version} in ${relative(root, out)}/: ${files(out).length} files (3 tarballs, cdn/${version}/ with sri.json, 2 extension zips, SHA256SUMS)`
);
