// What a text-only walk cannot see at the elements it does not stop at, found up front by native queries
// (a few ms on the 80,000-element bench page, where a JS check on every element cost 50-80 ms): the subtrees
// left out, line breaks and rules, and shadow hosts. Each is keyed by the first text node the walk meets at or
// after it (null when none follows); every list is in document order, so the walk compares each text node
// with the next mark of each list.

/**
 * What the page hides by attribute, and the regions being edited: the text of a `contenteditable` region is
 * someone's typing (a CMS editor, a message being written), not what the page says, and a number typed key by
 * key would be looked up at every prefix. (No style is read: a `display: none` set by CSS is still scanned,
 * and found out later by PageScan.seen.)
 */
export const EXCLUDED =
  '[hidden],[aria-hidden="true"],[contenteditable]:not([contenteditable="false"])';

/** The attributes whose change changes what is read: they leave a subtree out, or move a child to another slot. */
export const READ_ATTRIBUTES = [
  'hidden',
  'aria-hidden',
  'contenteditable',
  'slot',
];

/** True when an element's subtree is left out of the text. */
export const isExcluded = (element: Element): boolean =>
  element.matches(EXCLUDED);

/** An element the walk must know about, and the first text node at or after its start. */
export interface PageMark {
  text: Text | null;
  mark: Element;
}

export interface PageMarks {
  /** Excluded subtrees, outermost only: the walk jumps past them (a block still ends the line before it). */
  excluded: PageMark[];
  /** Line breaks and rules. */
  breaks: PageMark[];
  /** Open shadow roots' hosts: the walk reads their shadow tree instead of their children. */
  hosts: PageMark[];
}

/** Finds the marks under `root` (not `root` itself), in document order; hosts among `hosts`. */
export function findPageMarks(
  root: Node,
  hosts: readonly Element[] = []
): PageMarks {
  const marks: PageMarks = {excluded: [], breaks: [], hosts: []};
  if (!('querySelectorAll' in root)) return marks;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root,
    NodeFilter.SHOW_TEXT
  );
  const keyed = (element: Element): PageMark => {
    walker.currentNode = element;
    return {text: walker.nextNode() as Text | null, mark: element};
  };
  let outer: Element | null = null;
  for (const element of (root as ParentNode).querySelectorAll(EXCLUDED)) {
    if (outer?.contains(element)) continue;
    marks.excluded.push(keyed(element));
    outer = element;
  }
  for (const element of lineBreaksIn(root as ParentNode))
    marks.breaks.push(keyed(element));
  for (const host of hosts)
    if (host !== root && root.contains(host)) marks.hosts.push(keyed(host));
  return marks;
}

/** True when `element` makes a line break or a rule. */
export const isLineBreak = (element: Element): boolean =>
  element.localName === 'br' || element.localName === 'hr';

// Two tag queries take the engine's fast path (cached live collections), a selector list does not (measured:
// 1 ms against 5 ms on the bench page). Rules are rare: merge them into document order only when there are some.
function lineBreaksIn(root: ParentNode): Element[] {
  const byTag = (tag: string) =>
    'getElementsByTagName' in root
      ? (root as Element).getElementsByTagName(tag)
      : root.querySelectorAll(tag);
  const lines = [...byTag('br')];
  const rules = byTag('hr');
  if (rules.length === 0) return lines;
  return inDocumentOrder([...lines, ...rules]);
}

/** Sorts elements into document order. */
export function inDocumentOrder<T extends Node>(nodes: T[]): T[] {
  return nodes.sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
  );
}
