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
const BLOCK =
  /^(p|div|br|li|tr|td|th|h[1-6]|section|article|footer|header|address|dd|dt|table|ul|ol)$/i;

/**
 * The readable text of an HTML document, for the scanner: scripts, styles and comments dropped, tags replaced by
 * a space (a line break for block elements, so that "SIREN" in one cell stays apart from the next paragraph's
 * numbers), character references decoded.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_, tag: string) =>
      BLOCK.test(tag) ? '\n' : ' '
    )
    .replace(
      /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
      (entity, body: string) => decodeEntity(body) ?? entity
    );
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
