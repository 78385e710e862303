// The page cut into parts whose text is kept between scans, so that a scan after a change reads again only
// the parts that changed. A big element (more than SPLIT_AT elements) is a container: its children are cut
// in turn. The other children of a container are grouped in runs of consecutive siblings of SPLIT_AT elements
// or so: a run is the unit that is read again, small enough to be read in a fraction of a millisecond, and
// runs are few enough that putting the whole text back together costs little.
// Sizes come from the engine's element count (getElementsByTagName('*').length: native, no wrapper per element).
import {isExcluded, isLineBreak} from './page-marks.ts';
import type {PieceText} from './text-composer.ts';
import {CUSTOM_INLINE, kindOf} from './text-blocks.ts';

export const SPLIT_AT = 256;

/**
 * Below this many elements, the element walk reads a whole page in a millisecond or two and finds every shadow
 * host on the way; above, the first scan takes the faster walk over marks, which only knows the hosts of the
 * names it has met.
 */
export const SMALL_PAGE = 2000;

// Deeper than this, a big element is read as one run: a hostile page nesting thousands of levels would make
// a container per level, and each level counts its elements again.
const MAX_CONTAINER_DEPTH = 32;

/** Consecutive children of a container, from `first` to `last`: their text is read and kept together. */
export interface TextRun {
  kind: 'run';
  /** The parent of the members: the container's node (or the root's parent, for a root read as one run). */
  parent: Node | null;
  first: Node;
  last: Node;
  members: number;
  /** Its text as last read; null when it must be read (again). */
  piece: PieceText | null;
  /** How many times it changed: a read that spans a change (it yields mid-run) must not keep its text. */
  changes: number;
  /** False once a cut left it out: its members' entries in PartOwners are then stale. */
  alive: boolean;
}

/** A big element whose children are cut into parts of their own. */
export interface TextContainer {
  kind: 'container';
  node: Node;
  parent: Node | null;
  depth: number;
  /** Its children's parts, in order; null before its first cut. */
  parts: TextPart[] | null;
  /** Its children changed: cut them again. */
  changed: boolean;
  alive: boolean;
}

export type TextPart = TextRun | TextContainer;

/** Which part each member node and container node belongs to (for the changes the observer reports). */
export type PartOwners = WeakMap<Node, TextPart>;

/** Elements under `node` and itself; 1 for a text or any other node. */
export function sizeOf(node: Node): number {
  if ('getElementsByTagName' in node)
    return (node as Element).getElementsByTagName('*').length + 1;
  if ('querySelectorAll' in node)
    return (node as ParentNode).querySelectorAll('*').length + 1;
  return 1;
}

// A big node cut in turn, unless the walk over marks jumps over it whole: an element left out, a line break
// (children that scripts add to one are not shown) or a shadow host (its children are only shown through its
// slots). A run must never hold a part of its own.
function canSplit(node: Node): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return node.hasChildNodes();
  const element = node as Element;
  return (
    !isExcluded(element) &&
    !isLineBreak(element) &&
    !(kindOf(element) === CUSTOM_INLINE && element.shadowRoot !== null)
  );
}

/** The part that reads `root`: a container when it is big, else one run. */
export function partForRoot(root: Node, owners: PartOwners): TextPart {
  const part: TextPart =
    sizeOf(root) > SPLIT_AT && canSplit(root)
      ? {
          kind: 'container',
          node: root,
          parent: root.parentNode,
          depth: 0,
          parts: null,
          changed: true,
          alive: true,
        }
      : {
          kind: 'run',
          parent: root.parentNode,
          first: root,
          last: root,
          members: 1,
          piece: null,
          changes: 0,
          alive: true,
        };
  owners.set(root, part);
  return part;
}

/**
 * Cuts a container's children into parts. Parts of the last cut whose members are still the same children in
 * the same order are kept with their text; a child that was a container stays one with its parts. The parts
 * not kept die (with theirs, for a container).
 */
export function cutContainer(
  container: TextContainer,
  owners: PartOwners,
  customNames: Set<string>
): TextPart[] {
  const parts = cut(container, owners, customNames);
  const kept = new Set(parts);
  for (const old of container.parts ?? []) if (!kept.has(old)) kill(old);
  container.parts = parts;
  container.changed = false;
  return parts;
}

/** Marks a run to be read again. */
export function changeRun(run: TextRun): void {
  run.piece = null;
  run.changes++;
}

/** Marks a part, and all the parts inside it, as left out of the page's parts. */
export function kill(part: TextPart): void {
  const stack = [part];
  while (stack.length > 0) {
    const dead = stack.pop()!;
    dead.alive = false;
    if (dead.kind === 'container') stack.push(...(dead.parts ?? []));
  }
}

function cut(
  container: TextContainer,
  owners: PartOwners,
  customNames: Set<string>
): TextPart[] {
  const parts: TextPart[] = [];
  let run: TextRun | null = null;
  let runSize = 0;
  const parent = container.node;
  for (let child = parent.firstChild; child !== null;) {
    const known = owners.get(child);
    if (
      known?.kind === 'run' &&
      known.alive &&
      known.first === child &&
      known.parent === parent &&
      isIntact(known, owners)
    ) {
      parts.push(known);
      run = null;
      child = known.last.nextSibling;
      continue;
    }
    if (child.nodeType === Node.ELEMENT_NODE) {
      const name = (child as Element).localName;
      if (name.includes('-')) customNames.add(name);
    }
    const size = sizeOf(child);
    if (
      size > SPLIT_AT &&
      container.depth < MAX_CONTAINER_DEPTH &&
      canSplit(child)
    ) {
      const kept =
        known?.kind === 'container' &&
        known.alive &&
        known.node === child &&
        known.parent === parent
          ? known
          : null;
      const inner: TextContainer = kept ?? {
        kind: 'container',
        node: child,
        parent,
        depth: container.depth + 1,
        parts: null,
        changed: true,
        alive: true,
      };
      owners.set(child, inner);
      parts.push(inner);
      run = null;
    } else {
      if (run === null || runSize + size > SPLIT_AT) {
        run = {
          kind: 'run',
          parent,
          first: child,
          last: child,
          members: 0,
          piece: null,
          changes: 0,
          alive: true,
        };
        runSize = 0;
        parts.push(run);
      }
      run.last = child;
      run.members++;
      runSize += size;
      owners.set(child, run);
    }
    child = child.nextSibling;
  }
  return parts;
}

// Its members are still siblings, in order, and nothing came in between.
function isIntact(run: TextRun, owners: PartOwners): boolean {
  let node: Node | null = run.first;
  for (let i = 1; i < run.members; i++) {
    node = node.nextSibling;
    if (node === null || owners.get(node) !== run) return false;
  }
  return node === run.last;
}

/** The runs of the page in document order, cutting the containers whose children changed. */
export function runsOf(
  top: TextPart,
  owners: PartOwners,
  customNames: Set<string>
): TextRun[] {
  const runs: TextRun[] = [];
  // A stack, not recursion: containers may nest as deep as MAX_CONTAINER_DEPTH, runs may be thousands.
  const stack: TextPart[] = [top];
  while (stack.length > 0) {
    const part = stack.pop()!;
    if (part.kind === 'run') {
      runs.push(part);
      continue;
    }
    const parts = part.changed
      ? cutContainer(part, owners, customNames)
      : part.parts!;
    for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
  }
  return runs;
}

/** The members of a run, in order. */
export function membersOf(run: TextRun): Node[] {
  const members: Node[] = [];
  let node: Node | null = run.first;
  for (let i = 0; i < run.members && node !== null; i++) {
    members.push(node);
    node = node.nextSibling;
  }
  return members;
}
