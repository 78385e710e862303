// Turns the text nodes a walk meets, in reading order, into the page's text: the one place that decides the
// separators, so that every walk (the fast one over marks, the element walk of shadow trees and changed
// subtrees) and every replay of a cached piece gives the same text for the same page.
// A text's block is its nearest ancestor that is not inline, found by climbing from its parent, in the
// rendering's tree: through a shadow root to its host, and from a slotted node to its slot.
import {inlineJoin, isSpaceCode} from './inline-join.ts';
import {
  BREAK_SEPARATORS,
  CUSTOM_INLINE,
  HIDES_TEXT,
  breakBetween,
  isInline,
  kindOf,
  type Break,
} from './text-blocks.ts';

/**
 * The text of a piece of the page (a run of sibling subtrees), and what joins it to its neighbours: enough to
 * put it back into the page's text without walking it again, with the separators a walk would make.
 */
export interface PieceText {
  /** From its first text to its last, without the separator before it; '' when it holds none. */
  text: string;
  /** The breaks and spaces met before its first text (all of them when it holds none). */
  leadBreak: Break;
  leadSpace: boolean;
  firstBlock: Node | null;
  firstBlockBreak: Break;
  lastBlock: Node | null;
  lastBlockBreak: Break;
  /** The breaks and spaces met after its last text. */
  tailBreak: Break;
  tailSpace: boolean;
}

/** Where each text went, for the node map (text-map.ts): `starts[i]` is the offset of `nodes[i]`'s data. */
export interface TextPlaces {
  starts: number[];
  nodes: Text[];
}

interface OpenPiece {
  outerBreak: Break;
  outerSpace: boolean;
  started: boolean;
  /** Its texts and separators so far (see #emit). */
  chunks: string[];
  start: number;
  leadBreak: Break;
  leadSpace: boolean;
  firstBlock: Node | null;
  firstBlockBreak: Break;
}

// Deeper inline nesting than this only happens on hostile pages: stopping the climb there costs at most a
// line break that a browser would not show, never two texts glued together.
const MAX_INLINE_DEPTH = 64;

const isBlank = (data: string): boolean => {
  for (let i = 0; i < data.length; i++)
    if (!isSpaceCode(data.charCodeAt(i))) return false;
  return true;
};

export class TextComposer {
  /** Where the climb for blocks stops: the root of the scan. */
  readonly root: Node;
  /** The open shadow roots' hosts met so far: their light children are shown at their slots. */
  readonly hosts: Set<Element>;
  /** The names with a hyphen met while climbing (custom elements, which may host a shadow root). */
  readonly customNames: Set<string>;
  readonly places: TextPlaces | null;
  // The texts and separators, joined once at the end: one copy, where growing a string would build a rope of
  // a node per text that the scanner's first regular expression must flatten (measured 2-5 ms on the bench page).
  readonly #chunks: string[] = [];
  #text: string | null = '';
  #length = 0;
  #lastCode = -1;
  #pendingBreak: Break = 0;
  #pendingSpace = false;
  #parent: Node | null = null;
  #parentHides = false;
  #parentBlock: Node | null = null;
  #parentBlockBreak: Break = 0;
  #block: Node | null = null;
  #blockBreak: Break = 0;
  #piece: OpenPiece | null = null;

  constructor(
    root: Node,
    {
      hosts = new Set<Element>(),
      customNames = new Set<string>(),
      mapping = false,
    }: {hosts?: Set<Element>; customNames?: Set<string>; mapping?: boolean} = {}
  ) {
    this.root = root;
    this.hosts = hosts;
    this.customNames = customNames;
    this.places = mapping ? {starts: [], nodes: []} : null;
  }

  /** The text composed so far (outside an open piece). */
  get text(): string {
    return (this.#text ??= this.#chunks.join(''));
  }

  get length(): number {
    return this.#length;
  }

  breakAtLeast(strength: Break): void {
    if (strength > this.#pendingBreak) this.#pendingBreak = strength;
  }

  /** One text node, in reading order. */
  addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    // Whitespace between tags (a third of a typical page's text nodes): a space at most, and only inline.
    if (isSpaceCode(data.charCodeAt(0)) && isBlank(data)) {
      this.#pendingSpace = true;
      return;
    }
    let parent = node.parentNode;
    // A host's own child is shown at its slot.
    if (this.hosts.size > 0 && this.hosts.has(parent as Element)) {
      parent = node.assignedSlot;
      if (parent === null) return;
    }
    if (parent !== this.#parent) this.#enter(parent);
    if (this.#parentHides) return;
    const block = this.#parentBlock;
    if (this.#piece !== null && !this.#piece.started)
      this.#startPiece(block, this.#parentBlockBreak);
    if (block !== this.#block) this.#enterBlock(block, this.#parentBlockBreak);
    this.#separate(data.charCodeAt(0));
    this.places?.starts.push(this.#length);
    this.places?.nodes.push(node);
    this.#emit(data);
  }

  /** Opens a piece: the texts until endPiece() are recorded apart (pieces do not nest). */
  beginPiece(): void {
    this.#piece = {
      outerBreak: this.#pendingBreak,
      outerSpace: this.#pendingSpace,
      started: false,
      chunks: [],
      start: this.#length,
      leadBreak: 0,
      leadSpace: false,
      firstBlock: null,
      firstBlockBreak: 0,
    };
    this.#pendingBreak = 0;
    this.#pendingSpace = false;
  }

  /** Closes the piece: its text and edges, and the offset of its text in the whole. */
  endPiece(): {piece: PieceText; start: number} {
    const open = this.#piece!;
    this.#piece = null;
    if (!open.started) {
      const piece = emptyPiece(this.#pendingBreak, this.#pendingSpace);
      this.breakAtLeast(open.outerBreak);
      this.#pendingSpace ||= open.outerSpace;
      return {piece, start: this.#length};
    }
    const text = open.chunks.join('');
    this.#chunks.push(text);
    this.#text = null;
    const piece: PieceText = {
      text,
      leadBreak: open.leadBreak,
      leadSpace: open.leadSpace,
      firstBlock: open.firstBlock,
      firstBlockBreak: open.firstBlockBreak,
      lastBlock: this.#block,
      lastBlockBreak: this.#blockBreak,
      tailBreak: this.#pendingBreak,
      tailSpace: this.#pendingSpace,
    };
    return {piece, start: open.start};
  }

  /** Puts back a piece read before, as if its texts were walked again; returns the offset of its text. */
  replay(piece: PieceText): number {
    this.breakAtLeast(piece.leadBreak);
    this.#pendingSpace ||= piece.leadSpace;
    if (piece.text === '') return this.#length;
    this.#enterBlock(piece.firstBlock, piece.firstBlockBreak);
    this.#separate(piece.text.charCodeAt(0));
    const start = this.#length;
    this.#emit(piece.text);
    this.#block = piece.lastBlock;
    this.#blockBreak = piece.lastBlockBreak;
    // The next text looks its block up again; same parent, same block, so nothing changes but the cost.
    this.#parent = null;
    this.#pendingBreak = piece.tailBreak;
    this.#pendingSpace = piece.tailSpace;
    return start;
  }

  // A new parent: whether it hides its text, and its block (itself or its nearest block ancestor).
  #enter(parent: Node | null): void {
    this.#parent = parent;
    if (parent === null) {
      // A text node scanned on its own.
      this.#parentHides = false;
      this.#parentBlock = null;
      this.#parentBlockBreak = 0;
      return;
    }
    let block: Node = parent;
    let kind = kindOf(parent);
    // Up to the root, the document or a detached top; a shadow root counts as inline (its host is next).
    for (
      let depth = 0;
      isInline(kind) && block !== this.root && depth < MAX_INLINE_DEPTH;
      depth++
    ) {
      if (kind === CUSTOM_INLINE)
        this.customNames.add((block as Element).localName);
      const up = this.#renderedParent(block);
      if (up === null) break;
      block = up;
      kind = kindOf(up);
    }
    this.#parentHides = kind === HIDES_TEXT;
    this.#parentBlock = block;
    this.#parentBlockBreak = isInline(kind) ? 0 : (kind as Break);
  }

  // The parent in the rendering: a shadow root's host, a slotted node's slot (null when it has none).
  #renderedParent(node: Node): Node | null {
    const up = node.parentNode;
    if (up === null)
      return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE
        ? ((node as ShadowRoot).host ?? null)
        : null;
    if (this.hosts.size > 0 && this.hosts.has(up as Element))
      return (node as Element).assignedSlot;
    return up;
  }

  #enterBlock(block: Node | null, blockBreak: Break): void {
    if (block === this.#block) return;
    if (this.#block !== null)
      this.breakAtLeast(breakBetween(this.#blockBreak, blockBreak));
    this.#block = block;
    this.#blockBreak = blockBreak;
  }

  // The first text of an open piece: what came before it in the piece is its lead.
  #startPiece(block: Node | null, blockBreak: Break): void {
    const open = this.#piece!;
    open.started = true;
    open.leadBreak = this.#pendingBreak;
    open.leadSpace = this.#pendingSpace;
    open.firstBlock = block;
    open.firstBlockBreak = blockBreak;
    this.breakAtLeast(open.outerBreak);
    this.#pendingSpace ||= open.outerSpace;
  }

  // The separator before a text starting with `firstCode`; it belongs outside the piece the text opens.
  #separate(firstCode: number): void {
    let separator: string = '';
    if (this.#lastCode >= 0)
      separator =
        this.#pendingBreak > 0
          ? BREAK_SEPARATORS[this.#pendingBreak]
          : inlineJoin(this.#lastCode, firstCode, this.#pendingSpace);
    this.#pendingBreak = 0;
    this.#pendingSpace = false;
    const open = this.#piece;
    if (open !== null && open.chunks.length === 0) {
      if (separator !== '') {
        this.#chunks.push(separator);
        this.#text = null;
      }
      this.#length += separator.length;
      open.start = this.#length;
    } else this.#emit(separator);
  }

  #emit(data: string): void {
    if (data === '') return;
    if (this.#piece !== null) this.#piece.chunks.push(data);
    else {
      this.#chunks.push(data);
      this.#text = null;
    }
    this.#length += data.length;
    this.#lastCode = data.charCodeAt(data.length - 1);
  }
}

const emptyPiece = (leadBreak: Break, leadSpace: boolean): PieceText => ({
  text: '',
  leadBreak,
  leadSpace,
  firstBlock: null,
  firstBlockBreak: 0,
  lastBlock: null,
  lastBlockBreak: 0,
  tailBreak: 0,
  tailSpace: false,
});
