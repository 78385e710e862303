// Reads a page's text for the identifier scanner without touching layout: a TreeWalker over text nodes only,
// whose native nextNode() is the fast path (a walk that also stops at every element, to see blocks and hidden
// subtrees, measured 4-6x slower on the 80,000-element bench page). What it would have seen at the elements comes
// cheaper: block edges from the text node's parent, looked at only when the parent changes (text-blocks.ts), and
// hidden subtrees and line breaks from native queries made up front (page-marks.ts).
// Never innerText, offsetHeight, getBoundingClientRect or getComputedStyle: they force style or layout.
import {findPageMarks, isExcluded, type PageMarks} from './page-marks.ts';
import {
  HIDES_TEXT,
  INLINE,
  SEPARATORS,
  breakBetween,
  breakOf,
  kindOf,
  type Break,
} from './text-blocks.ts';

/** The page's text as one string, and where each piece of it came from. */
export interface PageText {
  /** Texts in one block are joined by a space, blocks by "\n" (cells, divs) or "\n\n" (paragraphs). */
  text: string;
  /** `starts[i]` is the offset in `text` of `nodes[i]`'s data; increasing. */
  starts: number[];
  nodes: Text[];
}

// Deeper inline nesting than this only happens on hostile pages: stopping the climb there costs at most a
// line break that a browser would not show, never two texts glued together.
const MAX_INLINE_DEPTH = 64;

/**
 * Walks a subtree's visible text in document order, a few nodes at a time: `collect` returns after
 * `shouldStop()` says so (checked every `checkEvery` nodes, so that reading the clock stays cheap), and the
 * next call goes on from there. `result()` gives the text read so far. A change to the page between calls
 * may be missed or half read (the marks were found at the start): watch-page.ts scans again after changes.
 */
export class TextCollector {
  readonly #root: Node;
  readonly #walker: TreeWalker;
  readonly #marks: PageMarks = {hidden: [], breaks: []};
  #nextHidden = 0;
  #nextBreak = 0;
  #text = '';
  readonly #starts: number[] = [];
  readonly #nodes: Text[] = [];
  #pendingBreak: Break = 0;
  #parent: Node | null = null;
  #parentHidesText = false;
  #block: Node | null = null;
  #blockBreak: Break = 0;
  #done = false;

  constructor(root: Node) {
    this.#root = root;
    this.#walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
      root,
      NodeFilter.SHOW_TEXT
    );
    if (root.nodeType === Node.TEXT_NODE) {
      this.#add(root as Text, (root as Text).data);
      this.#done = true;
    } else if (root instanceof Element && isExcluded(root)) this.#done = true;
    else this.#marks = findPageMarks(root);
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

  // One text node in document order: one native nextNode(), two comparisons with the next marks, one
  // parentNode read, and the parent's name only when the parent changed.
  #step(): void {
    const walker = this.#walker;
    const {hidden, breaks} = this.#marks;
    let node = walker.nextNode() as Text | null;
    while (node !== null) {
      while (breaks[this.#nextBreak]?.text === node)
        this.#breakAtLeast(breaks[this.#nextBreak++]!.mark);
      if (hidden[this.#nextHidden]?.text !== node) break;
      // Jump over its subtree; a hidden block still ends the line before it ("a<div hidden>…</div>b").
      const element = hidden[this.#nextHidden++]!.mark;
      this.#breakAtLeast(breakOf(element));
      while (element.contains(breaks[this.#nextBreak]?.text ?? null))
        this.#nextBreak++;
      walker.currentNode = element;
      node = walker.nextSibling() as Text | null;
    }
    if (node === null) {
      this.#done = true;
      return;
    }
    const data = node.data;
    // Whitespace between tags (a third of the bench page's text nodes): the separators already stand for it.
    if (data.charCodeAt(0) <= 0x20 && data.trim() === '') return;
    const parent = node.parentNode!;
    if (parent !== this.#parent) this.#enter(parent);
    if (!this.#parentHidesText) this.#add(node, data);
  }

  // A new parent: which block it is in (itself or its nearest block ancestor), and the break from the last one.
  #enter(parent: Node): void {
    this.#parent = parent;
    let block = parent;
    let kind = kindOf(parent);
    for (
      let depth = 0;
      kind === INLINE && block !== this.#root && depth < MAX_INLINE_DEPTH;
      depth++
    ) {
      const up = block.parentNode;
      if (up === null || up.nodeType !== Node.ELEMENT_NODE) break;
      block = up;
      kind = kindOf(up);
    }
    this.#parentHidesText = kind === HIDES_TEXT;
    if (this.#parentHidesText || block === this.#block) return;
    const blockBreak = kind as Break;
    if (this.#block !== null)
      this.#breakAtLeast(breakBetween(this.#blockBreak, blockBreak));
    this.#block = block;
    this.#blockBreak = blockBreak;
  }

  result(): PageText {
    return {text: this.#text, starts: this.#starts, nodes: this.#nodes};
  }

  #breakAtLeast(strength: Break): void {
    if (strength > this.#pendingBreak) this.#pendingBreak = strength;
  }

  #add(node: Text, data: string): void {
    // One growing string: V8 joins the pieces lazily and flattens once, cheaper than an array and a join.
    if (this.#nodes.length > 0) this.#text += SEPARATORS[this.#pendingBreak];
    this.#pendingBreak = 0;
    this.#starts.push(this.#text.length);
    this.#nodes.push(node);
    this.#text += data;
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
