/**
 * pnpm catalogue:build  validates the authored catalogue (packages/data/catalogue/) and writes generated/catalogue.js
 * pnpm catalogue:check  fails when the committed module differs from the authored catalogue, or when it is invalid
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {catalogueSource} from '../catalogue/index.ts';
import {validateCatalogue} from '../src/catalogue/schema.ts';
import {generatedModule} from './generated-module.ts';

const path = (file: string) => new URL(`../generated/${file}`, import.meta.url);

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
  const {js, dts} = generatedModule(
    result.value,
    {name: 'Catalogue', from: '../src/catalogue/types.ts'},
    '`pnpm catalogue:build` (packages/data/scripts/build-catalogue.ts)'
  );
  const outputs = [
    {file: 'catalogue.js', text: js},
    {file: 'catalogue.d.ts', text: dts},
  ];
  const {schemes, priorities} = result.value;
  if (values.check) {
    const stale = outputs.filter(
      ({file, text}) =>
        !existsSync(path(file)) || readFileSync(path(file), 'utf8') !== text
    );
    if (stale.length === 0) {
      console.log(
        `catalogue:check: generated/catalogue.js matches the ${schemes.length} authored schemes.`
      );
      return 0;
    }
    console.error(
      'catalogue:check: generated/catalogue.js differs from packages/data/catalogue/. Run `pnpm catalogue:build` and commit.'
    );
    return 1;
  }
  for (const {file, text} of outputs) writeFileSync(path(file), text);
  const unconfirmed = schemes.filter((s) => s.status === 'unconfirmed').length;
  console.log(
    `catalogue: ${priorities.length} priorities, ${schemes.length} schemes (${unconfirmed} unconfirmed); ` +
      `${(js.length / 1024).toFixed(1)} kB raw, ${(gzipSync(js, {level: 9}).length / 1024).toFixed(1)} kB gzip`
  );
  return 0;
}

process.exitCode = main();
