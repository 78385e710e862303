/**
 * pnpm consumers:test: the packages as a user gets them. Takes the three tarballs and the CDN folder that
 * `pnpm release` wrote into release/, installs the tarballs with npm into scratch projects outside the workspace,
 * and checks:
 * - `npx ti` from the packed core;
 * - a plain HTML page loading the released CDN file with its SRI hash (sri.json), in Chromium;
 * - a Vite + TypeScript app importing one component, type-checked against the element's properties (a wrong type
 *   must fail), built and run in Chromium;
 * - a React 19 app rendering <ti-service-finder> with a property and an event handler, typed with the snippet of
 *   components/README.md, built and run in Chromium.
 * Prints "N passed, N failed" and exits 1 on a failure. Needs the npm registry (for vite, react, lit).
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {launchChromium, serveFolder} from '../../components/e2e/serve.ts';
import {WEB_APP} from './web-app.ts';

const root = new URL('../../', import.meta.url).pathname;
const sh = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {cwd, encoding: 'utf8', stdio: 'pipe'});

const results: {name: string; ok: boolean; detail?: string}[] = [];
async function check(name: string, body: () => Promise<void> | void) {
  try {
    await body();
    results.push({name, ok: true});
    console.log(`ok    ${name}`);
  } catch (error) {
    results.push({name, ok: false, detail: String(error)});
    console.log(
      `FAIL  ${name}\n      ${String(error).split('\n').join('\n      ')}`
    );
  }
}
function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

// The release's tarballs (`pnpm pack` with publishConfig applied, workspace:* resolved) and CDN folder.
const release = join(root, 'release');
const version = (
  JSON.parse(readFileSync(join(root, 'components/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const scratch = mkdtempSync(join(tmpdir(), 'ti-consumers-'));
const tarball = (name: string) => {
  const file = join(release, `ti-toolkit-${name}-${version}.tgz`);
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`pnpm release\` first`);
  return file;
};
const tarballs = {
  data: tarball('data'),
  core: tarball('core'),
  components: tarball('components'),
};

function project(
  name: string,
  pkg: object,
  files: Record<string, string> = {}
): string {
  const dir = join(scratch, name);
  mkdirSync(dir, {recursive: true});
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), {recursive: true});
    writeFileSync(join(dir, file), text);
  }
  sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  return dir;
}

const browser = await launchChromium();
try {
  const cli = project('cli', {
    name: 'cli',
    private: true,
    type: 'module',
    dependencies: {
      '@ti-toolkit/data': `file:${tarballs.data}`,
      '@ti-toolkit/core': `file:${tarballs.core}`,
    },
  });
  await check(
    'npx ti where 78620, from the packed core on Node 20 without tsx',
    () => {
      const out = sh('npx', ['--no-install', 'ti', 'where', '78620'], cli);
      assert(out.includes('Seine Aval (ti-1109'), `unexpected answer:\n${out}`);
    }
  );
  await check('npx ti services --status available --json', () => {
    const lines = sh(
      'npx',
      ['--no-install', 'ti', 'services', '--status', 'available', '--json'],
      cli
    )
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as {status: string; sources: unknown[]});
    assert(lines.length > 0, 'no scheme');
    for (const s of lines)
      assert(['open', 'running'].includes(s.status), `status ${s.status}`);
    assert(
      lines.every((s) => s.sources.length > 0),
      'a scheme without sources'
    );
  });
  await check(
    'npx ti with a bad option exits 2 with its usage, in French or with --lang en in English',
    () => {
      for (const [lang, word] of [
        [[], 'utilisation'],
        [['--lang', 'en'], 'usage'],
      ] as const) {
        const run = spawnSync(
          'npx',
          ['--no-install', 'ti', 'services', ...lang, '--status', 'nope'],
          {cwd: cli, encoding: 'utf8'}
        );
        assert(
          run.status === 2 && run.stderr.includes(word),
          `exit ${run.status}: ${run.stderr}`
        );
      }
    }
  );

  const web = project('web', WEB_APP.packageJson(tarballs), {
    ...WEB_APP.files,
    'src/ti-elements.d.ts': reactTypings(),
  });
  await check(
    'the Vite + TypeScript app type-checks against the elements',
    () => {
      sh('npx', ['--no-install', 'tsc', '-p', 'tsconfig.json'], web);
    }
  );
  await check('a wrong property type fails the type-check', () => {
    const run = spawnSync(
      'npx',
      ['--no-install', 'tsc', '-p', 'tsconfig.wrong.json'],
      {cwd: web, encoding: 'utf8'}
    );
    assert(
      run.status !== 0 && /wrong\.ts.*TS2322/.test(run.stdout),
      `tsc said:\n${run.stdout}`
    );
  });
  await check('the app builds with Vite', () => {
    sh('npx', ['--no-install', 'vite', 'build', '--logLevel', 'error'], web);
  });
  // The released CDN folder, beside the built app: a plain page loads it with the integrity sri.json gives.
  cpSync(join(release, 'cdn', version), join(web, 'dist/cdn', version), {
    recursive: true,
  });
  const sri = JSON.parse(
    readFileSync(join(release, 'cdn', version, 'sri.json'), 'utf8')
  ) as Record<string, string>;
  const script = (file: string) => ({
    src: `./cdn/${version}/${file}`,
    integrity: sri[file]!,
  });
  // The loader, and the components' own scripts (ADR 0023).
  writeFileSync(
    join(web, 'dist/plain.html'),
    WEB_APP.plainPage([script('ti-components.js')])
  );
  writeFileSync(
    join(web, 'dist/plain-own.html'),
    WEB_APP.plainPage([
      script('ti-priority-cards.js'),
      script('ti-territory-card.js'),
    ])
  );
  const site = await serveFolder(join(web, 'dist'));
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const [file, how] of [
      ['plain.html', 'the loader'],
      ['plain-own.html', "the components' own scripts"],
    ] as const)
      await check(
        `a plain HTML page with ${how} from the CDN folder shows the components`,
        async () => {
          await page.goto(`${site.url}/${file}`);
          await page
            .locator('ti-priority-cards [part~="card"]')
            .first()
            .waitFor({timeout: 15_000});
          await page
            .locator('ti-territory-card [part="name"]')
            .waitFor({timeout: 15_000});
          assert(errors.length === 0, errors.join('\n'));
        }
      );
    /** A built page with <ti-service-finder query="recrutement">: the property set, an event handled. */
    const rendersFinder = async (path: string) => {
      await page.goto(`${site.url}/${path}`);
      await page
        .locator('ti-service-finder [part="result"]')
        .first()
        .waitFor({timeout: 15_000});
      const search = page.locator('ti-service-finder [part="search-input"]');
      assert(
        (await search.inputValue()) === 'recrutement',
        'the query property did not reach the element'
      );
      await search.fill('friche');
      await page.waitForFunction(
        () => document.title.startsWith('ti-filters-change'),
        undefined,
        {timeout: 5000}
      );
      assert(errors.length === 0, errors.join('\n'));
    };
    await check('the Vite + TypeScript app renders the service finder', () =>
      rendersFinder('index.html')
    );
    await check(
      'the React 19 app renders <ti-service-finder> with a property and an event handler',
      () => rendersFinder('react.html')
    );
    await page.close();
  } finally {
    await site.close();
  }
} finally {
  await browser.close();
}

/** The React typings snippet of components/README.md, as a user copies it. */
function reactTypings(): string {
  const readme = readFileSync(join(root, 'components/README.md'), 'utf8');
  const snippet = /<!-- react-typings -->\s*```ts\n([\s\S]*?)```/.exec(
    readme
  )?.[1];
  if (!snippet)
    throw new Error('components/README.md has no react-typings snippet');
  return snippet;
}

const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
