/**
 * pnpm run shipped:check: the gate on what is shipped, run in CI after the builds (issue 7, section 3).
 * 1. No eval, Function constructor, innerHTML, outerHTML assignment, insertAdjacentHTML, unsafeHTML or
 *    document.write in the built JavaScript of the CDN bundle and of both extension builds (shipped-code-rules.ts).
 * 2. The built extension manifests ask for what the reviewed source manifest asks for (manifest.test.ts), and list
 *    no web-accessible resources: crxjs adds some on its own, and any page could then detect the extension.
 * Exits 1 on any finding, so CI fails.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {builtManifestProblems} from './built-manifest.ts';
import {ALLOWED, findForbidden, type Allowance} from './shipped-code-rules.ts';

const root = new URL('..', import.meta.url).pathname;
const BUILDS = [
  {dir: 'components/cdn', by: 'pnpm run size'},
  {dir: 'extension/dist', by: 'pnpm run extension:check', target: 'chrome'},
  {
    dir: 'extension/dist-firefox',
    by: 'pnpm run extension:check',
    target: 'firefox',
  },
] as const;

const problems: string[] = [];
const used = new Set<Allowance>();
let files = 0;

for (const build of BUILDS) {
  const dir = join(root, build.dir);
  if (!existsSync(dir)) {
    problems.push(`${build.dir} is missing: run \`${build.by}\` first`);
    continue;
  }
  for (const file of javascriptFiles(dir)) {
    files++;
    const path = relative(root, file);
    for (const found of findForbidden(path, readFileSync(file, 'utf8'), used))
      problems.push(
        `${found.rule} in ${path} at ${found.index}: …${found.snippet}…`
      );
  }
  if ('target' in build) {
    const manifest = join(dir, 'manifest.json');
    if (!existsSync(manifest))
      problems.push(`${build.dir}/manifest.json is missing`);
    else
      problems.push(
        ...builtManifestProblems(
          JSON.parse(readFileSync(manifest, 'utf8')) as object,
          build.target
        ).map((problem) => `${build.dir}/manifest.json ${problem}`)
      );
  }
}

// An allowance nothing needs any more is a hole waiting for something else: remove it.
for (const allowance of ALLOWED)
  if (!used.has(allowance))
    problems.push(
      `unused allowance for ${allowance.rule} in ${allowance.files}: remove it`
    );

for (const problem of problems) console.error(`FAIL ${problem}`);
console.log(
  `shipped code: ${files} files in ${BUILDS.length} builds, ${problems.length} problem(s), ` +
    `${used.size} allowance(s) used`
);
if (problems.length > 0) process.exit(1);

function javascriptFiles(dir: string): string[] {
  return (readdirSync(dir, {recursive: true}) as string[])
    .filter((file) => /\.m?js$/.test(file))
    .map((file) => join(dir, file));
}
