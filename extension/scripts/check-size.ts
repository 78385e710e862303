/**
 * pnpm --filter @ti-toolkit/extension size: the content script is injected into every page the extension scans, so
 * product.md caps it at 8 kB gzip. It is one self-contained file per build (no chunks: ADR 0007), so its
 * size is the file's. Exits 1 past the budget, so CI fails.
 */
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const BUDGET = 8 * 1024;
const SCRIPT = 'src/content/content-script.js';

let failed = false;
for (const dist of ['dist', 'dist-firefox']) {
  const bytes = readFileSync(new URL(`../${dist}/${SCRIPT}`, import.meta.url));
  const gzip = gzipSync(bytes, {level: 9}).length;
  const ok = gzip <= BUDGET;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} content script (${dist}): ${(gzip / 1024).toFixed(1)} kB gzip ` +
      `(${(bytes.length / 1024).toFixed(1)} kB raw), budget ${BUDGET / 1024} kB`
  );
}
if (failed) process.exit(1);
