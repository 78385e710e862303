// Reads a page's text for the identifier scanner without touching layout: a TreeWalker over elements and text,
// so that it sees when it enters or leaves a block and can jump over hidden subtrees. No filter callback: a JS
// call per node from the walker costs more than the walk itself (measured: 69 ms against 12 ms on the bench page),
// and a filter on a text node's parent alone would miss "<div hidden><p>text</p></div>".
// Never innerText, offsetHeight, getBoundingClientRect or getComputedStyle: they force style or layout.

/** The page's text as one string, and where each piece of it came from. */
export interface PageText {
  text: string;
  /** `starts[i]` is the offset in `text` of `nodes[i]`'s data; increasing. */
  starts: number[];
  nodes: Text[];
}

// Their text is not what a reader sees. (TEMPLATE holds its content in a fragment, INPUT has no children:
// listed so that a polyfill or a parser quirk cannot bring their text in.)
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'IFRAME',
  'OBJECT',
]);

// Text on either side of one of these reads as a separate line: "SIREN" in one cell, the number in the next
// becomes "SIREN\n732 829 320", which the scanner's label reach still sees, while two numbers in adjacent cells
// are never glued into one (the scanner's group separators include the space, not the line break).
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** True when an element's subtree holds no text a reader sees; attribute reads only, no style. */
function isExcluded(element: Element): boolean {
  return (
    SKIPPED.has(element.tagName) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true'
  );
}

/**
 * Walks a subtree's visible text in document order, a few nodes at a time: `collect` returns after
 * `shouldStop()` says so (checked every `checkEvery` nodes, so that reading the clock stays cheap), and the
 * next call goes on from there. `result()` gives the text read so far.
 */
export class TextCollector {
  readonly #root: Node;
  readonly #walker: TreeWalker;
  readonly #parts: string[] = [];
  readonly #starts: number[] = [];
  readonly #nodes: Text[] = [];
  #length = 0;
  #blockBoundary = false;
  #done = false;

  constructor(root: Node) {
    this.#root = root;
    this.#walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
      root,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT
    );
    if (root.nodeType === Node.TEXT_NODE) {
      this.#add(root as Text);
      this.#done = true;
    } else if (root instanceof Element && isExcluded(root)) this.#done = true;
  }

  get done(): boolean {
    return this.#done;
  }

  /** Reads on until the end or until `shouldStop()`; true when the whole subtree has been read. */
  collect(shouldStop: () => boolean = () => false, checkEvery = 256): boolean {
    let count = 0;
    while (!this.#done) {
      if (++count % checkEvery === 0 && shouldStop()) return false;
      this.#step();
    }
    return true;
  }

  // One node in document order. nextNode() is the walker's fast native path; the only extra DOM reads are
  // one parentNode per node to see which elements were left, and two attribute reads per element.
  #step(): void {
    const walker = this.#walker;
    const root = this.#root;
    const previous = walker.currentNode;
    let node: Node | null;
    if (
      previous !== root &&
      previous.nodeType === Node.ELEMENT_NODE &&
      isExcluded(previous as Element)
    ) {
      // Jump over its subtree: the next sibling of it or of its nearest ancestor that has one.
      while ((node = walker.nextSibling()) === null) {
        if (walker.parentNode() === null) break;
      }
    } else node = walker.nextNode();
    if (node === null) {
      this.#done = true;
      return;
    }
    // The elements left since the previous node: from it up to the new node's parent. Each element is left
    // once, so this climb costs one step per element over the whole walk. Leaving a block is a boundary
    // too ("<p>a</p>b" reads "a\nb").
    const parent = node.parentNode;
    for (
      let left: Node | null = previous;
      left !== null && left !== parent && left !== root;
      left = left.parentNode
    ) {
      if (BLOCKS.has((left as Element).tagName)) this.#blockBoundary = true;
    }
    if (node.nodeType === Node.TEXT_NODE) this.#add(node as Text);
    else if (BLOCKS.has((node as Element).tagName)) this.#blockBoundary = true;
  }

  result(): PageText {
    return {
      text: this.#parts.join(''),
      starts: this.#starts,
      nodes: this.#nodes,
    };
  }

  #add(node: Text): void {
    const data = node.data;
    if (data === '') return;
    if (this.#nodes.length > 0) {
      this.#parts.push(this.#blockBoundary ? '\n' : ' ');
      this.#length++;
    }
    this.#blockBoundary = false;
    this.#starts.push(this.#length);
    this.#nodes.push(node);
    this.#parts.push(data);
    this.#length += data.length;
  }
}

/** Reads a subtree's visible text in one go. */
export function collectText(root: Node): PageText {
  const collector = new TextCollector(root);
  collector.collect();
  return collector.result();
}

// The position of the last node starting at or before `index`; -1 before the first.
function nodeIndexAt(page: PageText, index: number): number {
  let low = 0;
  let high = page.starts.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (page.starts[middle]! <= index) low = middle + 1;
    else high = middle - 1;
  }
  return high;
}

/** The text node holding `index` of `page.text`, and the offset in it; null on a separator or out of range. */
export function locate(
  page: PageText,
  index: number
): {node: Text; offset: number} | null {
  const i = nodeIndexAt(page, index);
  const node = page.nodes[i];
  if (node === undefined) return null;
  const offset = index - page.starts[i]!;
  return offset < node.data.length ? {node, offset} : null;
}

/** The text nodes a match `[index, index + length)` of `page.text` spans, in order. */
export function nodesOf(page: PageText, index: number, length: number): Text[] {
  const found: Text[] = [];
  const end = index + length;
  for (
    let i = Math.max(0, nodeIndexAt(page, index));
    i < page.nodes.length && page.starts[i]! < end;
    i++
  ) {
    if (page.starts[i]! + page.nodes[i]!.data.length > index)
      found.push(page.nodes[i]!);
  }
  return found;
}
