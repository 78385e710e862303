import {parseArgs} from 'node:util';
import {
  findPageCompanies,
  structuredDataInHtml,
  type PageCompanies,
  type PageCompany,
} from '../page-companies/index.ts';
import {htmlToText, looksLikeHtml} from './html-text.ts';
import type {CliIo, ExitCode} from './io.ts';

export const SCAN_USAGE =
  'ti scan [--json] [--url URL] FILE...   the companies a page names (SIREN, SIRET, VAT, RCS), ranked, and the one the extension would choose';

/**
 * `ti scan`: the companies named in HTML or text files, by the extension's own pipeline (registry addresses
 * with --url, structured data, the text with legal-notice roles, ranking and the default choice).
 */
export async function scan(args: string[], io: CliIo): Promise<ExitCode> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {json: {type: 'boolean'}, url: {type: 'string'}},
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
    const html = looksLikeHtml(file, content);
    const text = html ? htmlToText(content) : content;
    const found = findPageCompanies({
      url: values.url ?? '',
      text,
      structuredData: html ? structuredDataInHtml(content) : [],
    });
    if (values.json)
      for (const company of found.companies)
        io.stdout(JSON.stringify(jsonLine(file, text, company, found)));
    else printPage(io, file, text, found);
  }
  return code;
}

/** One company as a JSON line: what it is, how it was written, and where it stands in the page's choice. */
function jsonLine(
  file: string,
  text: string,
  company: PageCompany,
  {choice}: PageCompanies
) {
  return {
    file,
    kind: company.kinds[0] ?? (company.siret === null ? 'siren' : 'siret'),
    siren: company.siren,
    siret: company.siret,
    value: valueOf(text, company),
    confidence: company.confidence,
    label: company.labels[0] ?? null,
    role: company.role ?? null,
    source: company.source,
    rank: company.rank,
    chosen: company.siren === choice.siren,
  };
}

/** As written in the text (its first identifier), or the number a detector read. */
const valueOf = (text: string, company: PageCompany): string => {
  const [first] = company.spans;
  return first === undefined
    ? (company.siret ?? company.siren)
    : text.slice(first.index, first.index + first.length);
};

function printPage(
  io: CliIo,
  file: string,
  text: string,
  {companies, choice}: PageCompanies
): void {
  const chosen =
    choice.siren === null
      ? `none chosen (${choice.reason})`
      : `chosen ${choice.siren} (${choice.reason})`;
  io.stdout(
    `${file}: ${companies.length} compan${companies.length === 1 ? 'y' : 'ies'}, ${chosen}`
  );
  for (const c of companies) {
    const line = jsonLine(file, text, c, {companies, choice});
    io.stdout(
      `  ${String(c.rank).padStart(2)}. ${line.kind.padEnd(5)} ${line.value}  SIREN ${c.siren}${c.siret ? ` SIRET ${c.siret}` : ''}  ${c.confidence}${line.label ? ` (${line.label})` : ''}${c.role ? `  ${c.role}` : ''}${line.chosen ? '  ← chosen' : ''}`
    );
  }
}
