// What a text-only walk cannot see at the elements it does not stop at, found up front by native queries
// (about 3 ms on the 80,000-element bench page, where a JS check on every element cost 50-80 ms): the subtrees
// the page hides by attribute, and line breaks and rules. Each is keyed by the first text node the walk meets
// at it; both lists are in document order, so the walk compares each text node with the next mark of each list.
import {breakOf, kindOf, HIDES_TEXT, type Break} from './text-blocks.ts';

// What the page hides by attribute. (No style is read: a `display: none` set by CSS is still scanned.)
const HIDDEN = '[hidden],[aria-hidden="true"]';

/** True when an element's subtree holds no text a reader sees; attribute reads only, no style. */
export const isExcluded = (element: Element): boolean =>
  kindOf(element) === HIDES_TEXT || element.matches(HIDDEN);

/** An element the walk must know about, and the first text node at or after its start. */
export interface PageMark<T> {
  text: Text;
  mark: T;
}

export interface PageMarks {
  /** Hidden elements, outermost only: the walk jumps past their subtrees. */
  hidden: PageMark<Element>[];
  /** Line breaks and rules, and the break each makes. */
  breaks: PageMark<Break>[];
}

/** Finds the hidden subtrees and the line breaks under `root`, in document order. */
export function findPageMarks(root: Node): PageMarks {
  const marks: PageMarks = {hidden: [], breaks: []};
  if (!('querySelectorAll' in root)) return marks;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root,
    NodeFilter.SHOW_TEXT
  );
  const firstTextFrom = (element: Element): Text | null => {
    walker.currentNode = element;
    return walker.nextNode() as Text | null;
  };
  let outer: Element | null = null;
  for (const element of (root as ParentNode).querySelectorAll(HIDDEN)) {
    if (outer?.contains(element)) continue;
    const text = firstTextFrom(element);
    // None after it: none after the next ones either. One without text of its own is nothing to jump over.
    if (text === null) break;
    if (!element.contains(text)) continue;
    marks.hidden.push({text, mark: element});
    outer = element;
  }
  for (const element of lineBreaksIn(root as ParentNode)) {
    const text = firstTextFrom(element);
    if (text === null) break;
    marks.breaks.push({text, mark: breakOf(element)});
  }
  return marks;
}

// Two tag queries take the engine's fast path, a selector list does not (measured: 1 ms against 5 ms on the
// bench page). Rules are rare: merge them into document order only when there are some.
function lineBreaksIn(root: ParentNode): Element[] {
  const lines = [...root.querySelectorAll('br')];
  const rules = root.querySelectorAll('hr');
  if (rules.length === 0) return lines;
  return [...lines, ...rules].sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
  );
}
