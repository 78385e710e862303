/**
 * pnpm catalogue:build  validates the authored catalogue (packages/data/catalogue/) and writes generated/catalogue.json
 * pnpm catalogue:check  fails when the committed file differs from the authored catalogue, or when it is invalid
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {catalogueSource} from '../catalogue/index.ts';
import {validateCatalogue} from '../src/catalogue/schema.ts';

const OUT = fileURLToPath(
  new URL('../generated/catalogue.json', import.meta.url)
);

function main(): number {
  const {values} = parseArgs({
    options: {check: {type: 'boolean', default: false}},
  });
  const result = validateCatalogue(catalogueSource);
  if (!result.ok) {
    console.error(
      `catalogue: ${result.issues.length} problem(s), nothing written:\n${result.issues.map((i) => `  - ${i}`).join('\n')}`
    );
    return 1;
  }
  const text = JSON.stringify(result.value) + '\n';
  const {schemes, priorities} = result.value;
  if (values.check) {
    if (existsSync(OUT) && readFileSync(OUT, 'utf8') === text) {
      console.log(
        `catalogue:check: generated/catalogue.json matches the ${schemes.length} authored schemes.`
      );
      return 0;
    }
    console.error(
      'catalogue:check: generated/catalogue.json differs from packages/data/catalogue/. Run `pnpm catalogue:build` and commit.'
    );
    return 1;
  }
  writeFileSync(OUT, text);
  const unconfirmed = schemes.filter((s) => s.status === 'unconfirmed').length;
  console.log(
    `catalogue: ${priorities.length} priorities, ${schemes.length} schemes (${unconfirmed} unconfirmed); ` +
      `${(text.length / 1024).toFixed(1)} kB raw, ${(gzipSync(text, {level: 9}).length / 1024).toFixed(1)} kB gzip`
  );
  return 0;
}

process.exitCode = main();
