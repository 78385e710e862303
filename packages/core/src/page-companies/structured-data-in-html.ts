// The page reader of `ti scan` and of the tests: what the extension's content script reads from the DOM
// (`script[type="application/ld+json"]` text), read here from an HTML string without a DOM.

const SCRIPT_OPEN = /<script\b([^>]*)>/gi;
const SCRIPT_CLOSE = /<\/script/gi;
const TYPE = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** The text of every JSON-LD block of an HTML document, in document order. Linear: one pass, each script's end found once. */
export function structuredDataInHtml(html: string): string[] {
  const blocks: string[] = [];
  SCRIPT_OPEN.lastIndex = 0;
  for (let open = SCRIPT_OPEN.exec(html); open; open = SCRIPT_OPEN.exec(html)) {
    const start = open.index + open[0].length;
    SCRIPT_CLOSE.lastIndex = start;
    const end = SCRIPT_CLOSE.exec(html)?.index ?? -1;
    if (end === -1) break; // An unclosed script: the rest of the file is its text, not a block we can trust.
    const type = TYPE.exec(open[1]!);
    const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '')
      .trim()
      .toLowerCase();
    if (value.startsWith('application/ld+json'))
      blocks.push(html.slice(start, end));
    SCRIPT_OPEN.lastIndex = end;
  }
  return blocks;
}
