// The walk over marks: a TreeWalker over text nodes only, whose native nextNode() is the fast path for a
// whole page (a walk that also stops at every element, to see blocks and hidden subtrees, measured 4-6x slower
// on the 80,000-element bench page). What it would have seen at the elements comes cheaper: block edges from
// the text node's parent (text-composer.ts), and left-out subtrees, line breaks and shadow hosts from native
// queries made up front (page-marks.ts). The page is read run by run (page-parts.ts): `walkUntil` stops at the
// first text of the next run, and gives the current run the marks at its end that lie inside it.
// Never innerText, offsetHeight, getBoundingClientRect or getComputedStyle: they force style or layout.
import type {PageMark, PageMarks} from './page-marks.ts';
import type {TextComposer} from './text-composer.ts';
import {breakOf} from './text-blocks.ts';
import {walkShadowRoot} from './walk-elements.ts';

type MarkList = keyof PageMarks;
const LISTS: readonly MarkList[] = ['excluded', 'breaks', 'hosts'];
// A key no text node has: an exhausted list.
const NONE = undefined;

export class MarkedWalk {
  readonly #walker: TreeWalker;
  readonly #lists: PageMark[][];
  readonly #composer: TextComposer;
  readonly #next = [0, 0, 0];
  // The key of each list's next mark, read on every text node: three comparisons, no property load.
  #key0: Text | null | undefined;
  #key1: Text | null | undefined;
  #key2: Text | null | undefined;
  #node: Text | null;

  constructor(root: Node, marks: PageMarks, composer: TextComposer) {
    this.#walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
      root,
      NodeFilter.SHOW_TEXT
    );
    this.#lists = LISTS.map((list) => marks[list]);
    this.#composer = composer;
    this.#key0 = this.#headKey(0);
    this.#key1 = this.#headKey(1);
    this.#key2 = this.#headKey(2);
    // A walker never returns its root: a text node read on its own is its own first text.
    this.#node =
      root.nodeType === Node.TEXT_NODE
        ? (root as Text)
        : (this.#walker.nextNode() as Text | null);
  }

  /** The first text node after `node`'s subtree (null at the end of the root). */
  textAfter(node: Node): Text | null {
    const walker = this.#walker;
    const at = walker.currentNode;
    walker.currentNode = node;
    const after = walker.nextSibling() as Text | null;
    walker.currentNode = at;
    return after;
  }

  /**
   * Reads on until the text node `end` (not included), then the marks keyed to `end` that `within` says are
   * the current run's. Returns false when `shouldStop()` (asked every `checkEvery` nodes) stopped it first:
   * call again to go on.
   */
  walkUntil(
    end: Text | null,
    within: (element: Element) => boolean,
    shouldStop: () => boolean = () => false,
    checkEvery = 256
  ): boolean {
    const walker = this.#walker;
    const composer = this.#composer;
    let node = this.#node;
    let count = 0;
    while (node !== end && node !== null) {
      if (++count % checkEvery === 0 && shouldStop()) {
        this.#node = node;
        return false;
      }
      if (node === this.#key0 || node === this.#key1 || node === this.#key2) {
        node = this.#apply(this.#firstMarkAt(node), node);
        continue;
      }
      composer.addText(node);
      node = walker.nextNode() as Text | null;
    }
    this.#node = node;
    while (end === this.#key0 || end === this.#key1 || end === this.#key2) {
      const list = this.#firstMarkAt(end);
      if (!within(this.#lists[list]![this.#next[list]!]!.mark)) break;
      this.#apply(list, end);
    }
    return true;
  }

  #headKey(list: number): Text | null | undefined {
    const mark = this.#lists[list]![this.#next[list]!];
    return mark === undefined ? NONE : mark.text;
  }

  #advance(list: number): void {
    this.#next[list]!++;
    const key = this.#headKey(list);
    if (list === 0) this.#key0 = key;
    else if (list === 1) this.#key1 = key;
    else this.#key2 = key;
  }

  // The list whose next mark is keyed to `node`; the earliest in the document when several are.
  #firstMarkAt(node: Text | null): number {
    let found = -1;
    for (let list = 0; list < LISTS.length; list++) {
      const mark = this.#lists[list]![this.#next[list]!];
      if (mark === undefined || mark.text !== node) continue;
      if (
        found === -1 ||
        this.#lists[found]![this.#next[found]!]!.mark.compareDocumentPosition(
          mark.mark
        ) & Node.DOCUMENT_POSITION_PRECEDING
      )
        found = list;
    }
    return found;
  }

  // Applies the next mark of `list`, met at `node`; returns the node to go on from (past the mark's subtree
  // when it holds `node`: a line break's children, which scripts can add, are not shown either).
  #apply(list: number, node: Text | null): Text | null {
    const element = this.#lists[list]![this.#next[list]!]!.mark;
    this.#advance(list);
    if (LISTS[list] === 'hosts') walkShadowRoot(element, this.#composer);
    else this.#composer.breakAtLeast(breakOf(element));
    if (!element.hasChildNodes()) return node;
    // The marks inside it are read (a host's children are shown through its slots) or left out with it.
    for (let other = 0; other < LISTS.length; other++) {
      for (
        let mark = this.#lists[other]![this.#next[other]!];
        mark !== undefined && element.contains(mark.mark);
        mark = this.#lists[other]![this.#next[other]!]
      )
        this.#advance(other);
    }
    if (node === null || !element.contains(node)) return node;
    this.#walker.currentNode = element;
    return this.#walker.nextSibling() as Text | null;
  }
}
