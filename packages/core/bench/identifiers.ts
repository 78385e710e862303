import {findCompanyIds, isValidSiren} from '../src/identifiers/index.ts';
import {ms, time} from './measure.ts';
import {pageText} from './page-text.ts';

/** Identifier scan of 1 MB of text, against one regular expression + checksum (the naive way). */
export function benchIdentifiers(): void {
  const text = pageText(1024 * 1024);
  const megabytes = text.length / (1024 * 1024);
  const scan = time(() => findCompanyIds(text), 15);
  const naive = /\b\d{3}[ .]?\d{3}[ .]?\d{3}(?:[ .]?\d{5})?\b/g;
  const naiveScan = time(() => {
    const found: string[] = [];
    for (const match of text.matchAll(naive)) {
      const digits = match[0].replace(/\D/g, '');
      if (isValidSiren(digits.slice(0, 9))) found.push(digits);
    }
    return found;
  }, 15);
  console.log(
    `\nidentifier scan of ${megabytes.toFixed(2)} MB (${findCompanyIds(text).length} identifiers)`
  );
  console.log(
    `  findCompanyIds: p50 ${ms(scan.p50)} (${(megabytes / (scan.p50 / 1000)).toFixed(0)} MB/s)`
  );
  console.log(
    `  baseline one regex + checksum: p50 ${ms(naiveScan.p50)} (${(megabytes / (naiveScan.p50 / 1000)).toFixed(0)} MB/s)`
  );
}
