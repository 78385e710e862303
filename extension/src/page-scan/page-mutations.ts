// Which DOM changes can change what the page scan finds. Our own UI in the page, if any (a root the caller
// names), changes as it renders: re-scanning for that would scan again after every render and never find
// anything new. The extension draws nothing in pages today; a tag name is no sign of ours either: a page may
// use our components, or name elements of its own ti-…, and their text is the page's.
// Changes inside a subtree the scan leaves out (hidden, or being edited: a number typed key by key) change
// nothing it reads either.
import {EXCLUDED, READ_ATTRIBUTES} from './page-marks.ts';

/** The options of the MutationObserver: text, structure, and the attributes that change what is read. */
export const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: READ_ATTRIBUTES,
};

/** True when `node` is, or is inside, our own UI (`ownRoot`). */
export function isOwnNode(node: Node, ownRoot: Node | null = null): boolean {
  if (ownRoot === null) return false;
  for (let at: Node | null = node; at !== null; at = at.parentNode)
    if (at === ownRoot) return true;
  return false;
}

// Inside a subtree the scan leaves out: an attribute change counts from the element's parent (it may be the
// change that leaves it out or brings it back).
function isInLeftOut(record: MutationRecord): boolean {
  const from =
    record.type === 'attributes'
      ? record.target.parentElement
      : record.target.nodeType === Node.ELEMENT_NODE
        ? (record.target as Element)
        : record.target.parentElement;
  return from?.closest(EXCLUDED) != null;
}

/** True when one of `records` changes the page's text outside our own UI and outside left-out subtrees. */
export function changesPageText(
  records: readonly MutationRecord[],
  ownRoot: Node | null = null
): boolean {
  // A storm brings thousands of records: the first that counts settles it.
  return records.some((record) => {
    if (isOwnNode(record.target, ownRoot) || isInLeftOut(record)) return false;
    if (record.type !== 'childList') return true;
    const changed = [...record.addedNodes, ...record.removedNodes];
    // Our UI appended to (or removed from) the page: its own node is enough to tell.
    return changed.some((node) => node !== ownRoot);
  });
}
