import type {ListErrorCode} from './list-error.ts';

const REPLACEMENT = 0xfffd;

/**
 * Whether a decoded text can be a list: a NUL or a mass of control or replacement characters means a binary file
 * (a workbook, an image) read as text; a few replacement characters mean a text in another encoding (Latin-1 or
 * Windows-1252 accents decoded as UTF-8 become U+FFFD).
 */
export function textProblem(
  text: string
): Extract<ListErrorCode, 'binary' | 'not-utf8'> | null {
  if (text.includes('\0')) return 'binary';
  let controls = 0;
  let replacements = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === REPLACEMENT) replacements++;
    // Tab, line feed, vertical tab, form feed and carriage return are text; other C0 controls are not.
    else if (c < 0x20 && (c < 0x09 || c > 0x0d)) controls++;
  }
  // A French text in Latin-1 loses its accented letters, a few in a hundred; a binary file most of its bytes.
  if (controls + replacements > text.length / 10 || controls > 8)
    return 'binary';
  if (replacements > 0) return 'not-utf8';
  return null;
}
