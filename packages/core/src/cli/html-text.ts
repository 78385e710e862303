const NAMED: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nnbsp: '\u202f',
  thinsp: '\u2009',
};
/** Line breaks: a label may still reach across one ("SIREN" in a cell, the number in the next). */
const LINE = new Set('div br tr td th dd dt'.split(' '));
/** Paragraph breaks: a label never reaches across one (see the scanner's page context). */
const PARAGRAPH = new Set(
  'p li h1 h2 h3 h4 h5 h6 section article footer header address table ul ol'.split(
    ' '
  )
);
const STRENGTH = {'': 0, ' ': 1, '\n': 2, '\n\n': 3} as const;
type Break = keyof typeof STRENGTH;
/** Elements whose content is not text to scan. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template']);
const TAG = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

/**
 * The readable text of an HTML document, for the scanner: scripts, styles and comments dropped, tags replaced by
 * a space, a line break (cells, rows, divs) or a paragraph break (paragraphs, list items, headings, tables), the
 * strongest of adjacent ones kept, as the extension's page collector does; character references decoded. One left-to-right pass with indexOf: a hostile file full of unclosed
 * `<script` or `<!--` stops the scan at the first one that never closes instead of rescanning to the end each time.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let pending: Break = '';
  const text = (value: string) => {
    if (value === '') return;
    parts.push(pending, value);
    pending = '';
  };
  const separate = (next: Break) => {
    if (STRENGTH[next] > STRENGTH[pending]) pending = next;
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text(decode(html.slice(i)));
      break;
    }
    text(decode(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end === -1) break;
      separate(' ');
      i = end + 3;
      continue;
    }
    const tag = TAG.exec(html.slice(lt, lt + 64));
    if (!tag) {
      text('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    // No '>' anywhere after: the rest is text.
    if (gt === -1) {
      text(decode(html.slice(lt)));
      break;
    }
    const name = tag[1]!.toLowerCase();
    const closing = html[lt + 1] === '/';
    i = gt + 1;
    if (!closing && HIDDEN.has(name)) {
      const closer = new RegExp(`</${name}\\s*>`, 'gi');
      closer.lastIndex = i;
      const end = closer.exec(html);
      if (!end) break;
      i = end.index + end[0].length;
    }
    separate(PARAGRAPH.has(name) ? '\n\n' : LINE.has(name) ? '\n' : ' ');
  }
  return parts.join('');
}

function decode(text: string): string {
  return text.includes('&')
    ? text.replace(
        ENTITY,
        (entity, body: string) => decodeEntity(body) ?? entity
      )
    : text;
}

function decodeEntity(body: string): string | undefined {
  if (body[0] !== '#') return NAMED[body.toLowerCase()];
  const code =
    body[1] === 'x' || body[1] === 'X'
      ? parseInt(body.slice(2), 16)
      : parseInt(body.slice(1), 10);
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : undefined;
}

export const looksLikeHtml = (path: string, text: string): boolean =>
  /\.x?html?$/i.test(path) ||
  /^\s*<(!doctype|html|head|body|div|p)\b/i.test(text);
