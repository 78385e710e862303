import type {ListErrorCode} from './list-error.ts';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export type CsvParse =
  | {ok: true; records: string[][]}
  | {
      ok: false;
      reason: Extract<ListErrorCode, 'unterminated-quote' | 'too-many-rows'>;
      line?: number;
    };

/**
 * RFC 4180 records: quoted fields with doubled quotes and line breaks inside, CRLF, LF or CR line ends. Like
 * spreadsheets, it keeps as text a quote inside an unquoted field (`12" screen`) and text after a closing quote
 * (`"Le Bon" Coin`). Records whose cells are all blank are skipped.
 * Stops after `maxRecords` records, so that a huge text costs no more than the limit.
 */
export function parseCsv(
  text: string,
  delimiter: ',' | ';',
  maxRecords: number
): CsvParse {
  const delim = delimiter.charCodeAt(0);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let atFieldStart = true;
  let line = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    record.push(field);
    if (record.some((cell) => cell.trim() !== '')) records.push(record);
    record = [];
    field = '';
    atFieldStart = true;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (atFieldStart && c === QUOTE) {
      const opened = line;
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0)
          return {ok: false, reason: 'unterminated-quote', line: opened};
        field += text.slice(i, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          field += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      line += lineBreaks(field);
      atFieldStart = false;
    } else if (c === delim) {
      record.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === CR || c === LF) {
      endRecord();
      if (records.length > maxRecords)
        return {ok: false, reason: 'too-many-rows'};
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
    } else {
      let end = i;
      while (end < n) {
        const e = text.charCodeAt(end);
        if (e === delim || e === CR || e === LF) break;
        end++;
      }
      field += text.slice(i, end);
      atFieldStart = false;
      i = end;
    }
  }
  if (record.length > 0 || !atFieldStart) endRecord();
  if (records.length > maxRecords) return {ok: false, reason: 'too-many-rows'};
  return {ok: true, records};
}

/** Line ends inside a quoted field (CRLF counts once), to report the right line of a later error. */
function lineBreaks(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === LF || (c === CR && value.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/**
 * The delimiter of the first record (outside quotes): a semicolon when it has more semicolons than commas, or when it
 * has neither (a pasted list of one column). The list comes back with that delimiter, and a French spreadsheet opens
 * a semicolon file in columns; a comma file lands in one column there.
 */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas || (!semicolons && !commas) ? ';' : ',';
}
