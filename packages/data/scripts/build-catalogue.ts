/**
 * pnpm catalogue:build   validates the authored catalogue (packages/data/catalogue/), writes generated/catalogue.js
 *                        and the maintainers' report catalogue/REVIEW.md
 * pnpm catalogue:report  writes catalogue/REVIEW.md alone
 * pnpm catalogue:check   fails when the committed module or report differs from the authored catalogue, or when
 *                        it is invalid (an unsourced fact, a source checked after the review, a live entry on
 *                        phase-1 sources only: see src/catalogue/provenance.ts)
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {catalogueSource} from '../catalogue/index.ts';
import {validateCatalogue} from '../src/catalogue/schema.ts';
import {reviewReport} from './catalogue-report.ts';
import {generatedModule} from './generated-module.ts';

const path = (file: string) => new URL(`../${file}`, import.meta.url);

function main(): number {
  const {values} = parseArgs({
    options: {
      check: {type: 'boolean', default: false},
      report: {type: 'boolean', default: false},
    },
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
  const report = {
    file: 'catalogue/REVIEW.md',
    text: reviewReport(result.value),
  };
  if (values.report) {
    writeFileSync(path(report.file), report.text);
    console.log(`catalogue: wrote ${report.file}`);
    return 0;
  }
  const outputs = [
    {file: 'generated/catalogue.js', text: js},
    {file: 'generated/catalogue.d.ts', text: dts},
    report,
  ];
  const {schemes, priorities} = result.value;
  if (values.check) {
    const stale = outputs.filter(
      ({file, text}) =>
        !existsSync(path(file)) || readFileSync(path(file), 'utf8') !== text
    );
    if (stale.length === 0) {
      console.log(
        `catalogue:check: generated/catalogue.js and catalogue/REVIEW.md match the ${schemes.length} authored schemes.`
      );
      return 0;
    }
    console.error(
      `catalogue:check: ${stale.map((o) => o.file).join(', ')} differ(s) from packages/data/catalogue/. Run \`pnpm catalogue:build\` and commit.`
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
