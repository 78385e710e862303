// Builds the Chrome extension for the end-to-end tests: the company API points at the local fake server and
// the fixture pages on 127.0.0.1 are scanned like a registry site (build-settings.ts). Production builds
// change neither.
import {execFile} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';

const extensionRoot = new URL('..', import.meta.url).pathname;

export async function buildTestExtension(apiOrigin: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'ti-extension-'));
  await promisify(execFile)(
    'node',
    [
      join(extensionRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      // The manifest's config imports the core's TypeScript (the detectors' hosts): the module runner loads it.
      '--configLoader',
      'runner',
      '--logLevel',
      'error',
    ],
    {
      cwd: extensionRoot,
      env: {
        ...process.env,
        TARGET: 'chrome',
        TI_API_ORIGIN: apiOrigin,
        TI_EXTRA_SCAN_MATCHES: 'http://127.0.0.1/*',
        TI_OUT_DIR: outDir,
      },
    }
  );
  return outDir;
}
