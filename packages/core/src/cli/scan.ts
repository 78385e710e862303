import {
  findPageCompanies,
  structuredDataInHtml,
  type PageCompanies,
  type PageCompany,
} from '../page-companies/index.ts';
import {htmlToText, looksLikeHtml} from './html-text.ts';
import type {CliIo, ExitCode} from './io.ts';
import {commandUsage} from './help.ts';
import {langOption} from './options.ts';
import {parseCommandArgs} from './parse-command-args.ts';
import {SCAN_TEXT} from './scan-text.ts';

/** A page larger than this is not a page an adviser reads (the extension reads far less of a page). */
const MAX_PAGE_BYTES = 20_000_000;

/**
 * `ti scan`: the companies named in HTML or text files, by the extension's own pipeline (registry addresses
 * with --url, structured data, the text with legal-notice roles, ranking and the default choice).
 */
export async function scan(args: string[], io: CliIo): Promise<ExitCode> {
  const {values, positionals} = parseCommandArgs(args, {
    allowPositionals: true,
    options: {
      json: {type: 'boolean'},
      url: {type: 'string'},
      lang: {type: 'string', default: 'fr'},
    },
  });
  const lang = langOption(values.lang);
  const text = SCAN_TEXT[lang];
  if (positionals.length === 0) {
    io.stderr(commandUsage('scan', lang));
    return 2;
  }
  let code: ExitCode = 0;
  for (const file of positionals) {
    let content: string;
    try {
      const input = await io.readInput(file, MAX_PAGE_BYTES);
      if (!input.complete) throw new Error(text.tooLarge(MAX_PAGE_BYTES));
      content = input.text;
    } catch (error) {
      io.stderr(
        `ti scan: ${text.cannotRead(file === '-' ? text.stdin : file)}${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
      );
      code = 1;
      continue;
    }
    const html = looksLikeHtml(file, content);
    const pageText = html ? htmlToText(content) : content;
    const found = findPageCompanies({
      url: values.url ?? '',
      text: pageText,
      structuredData: html ? structuredDataInHtml(content) : [],
    });
    if (values.json)
      for (const company of found.companies)
        io.stdout(JSON.stringify(jsonLine(file, pageText, company, found)));
    else printPage(io, file, pageText, found, text);
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
  {companies, choice}: PageCompanies,
  words: (typeof SCAN_TEXT)[keyof typeof SCAN_TEXT]
): void {
  io.stdout(
    `${file === '-' ? words.stdin : file}${words.colon}${words.companies(companies.length)}, ${words.choice(choice.siren, words.reasons[choice.reason])}`
  );
  for (const c of companies) {
    const line = jsonLine(file, text, c, {companies, choice});
    io.stdout(
      `  ${String(c.rank).padStart(2)}. ${words.kinds[line.kind].padEnd(5)} ${line.value}  SIREN ${c.siren}${c.siret ? ` SIRET ${c.siret}` : ''}  ${words.confidence[c.confidence]}${line.label ? ` (${line.label})` : ''}${c.role ? `  ${words.roles[c.role]}` : ''}${line.chosen ? `  ← ${words.chosen}` : ''}`
    );
  }
}
