import {parseArgs} from 'node:util';
import {findCompanyIds} from '../identifiers/index.ts';
import {htmlToText, looksLikeHtml} from './html-text.ts';
import type {CliIo, ExitCode} from './io.ts';

export const SCAN_USAGE =
  'ti scan [--json] FILE...   company identifiers (SIREN, SIRET, VAT, RCS) in HTML or text files';

/** `ti scan`: the company identifiers found in files, with their confidence. */
export async function scan(args: string[], io: CliIo): Promise<ExitCode> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {json: {type: 'boolean'}},
  });
  if (positionals.length === 0) {
    io.stderr(SCAN_USAGE);
    return 2;
  }
  let code: ExitCode = 0;
  for (const file of positionals) {
    let content: string;
    try {
      content = await io.readFile(file);
    } catch (error) {
      io.stderr(
        `ti scan: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
      );
      code = 1;
      continue;
    }
    const text = looksLikeHtml(file, content) ? htmlToText(content) : content;
    const matches = findCompanyIds(text);
    if (!values.json)
      io.stdout(
        `${file}: ${matches.length} identifier${matches.length === 1 ? '' : 's'}`
      );
    for (const m of matches)
      io.stdout(
        values.json
          ? JSON.stringify({
              file,
              kind: m.kind,
              siren: m.siren,
              siret: m.siret,
              value: m.value,
              confidence: m.confidence,
              label: m.label,
            })
          : `  ${m.kind.padEnd(5)} ${m.value}  SIREN ${m.siren}${m.siret ? ` SIRET ${m.siret}` : ''}  ${m.confidence}${m.label ? ` (${m.label})` : ''}`
      );
  }
  return code;
}
