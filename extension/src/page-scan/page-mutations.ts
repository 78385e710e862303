// Which DOM changes can change what the page scan finds. Our own UI in the page, if any (a root the caller
// names), changes as it renders: re-scanning for that would scan again after every render and never find
// anything new. The extension draws nothing in pages today; a tag name is no sign of ours either: a page may
// use our components, or name elements of its own ti-…, and their text is the page's.

/** The options of the MutationObserver: text, structure, and the attributes that hide a subtree. */
export const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'aria-hidden'],
};

/** True when `node` is, or is inside, our own UI (`ownRoot`). */
export function isOwnNode(node: Node, ownRoot: Node | null = null): boolean {
  if (ownRoot === null) return false;
  for (let at: Node | null = node; at !== null; at = at.parentNode)
    if (at === ownRoot) return true;
  return false;
}

/** True when one of `records` changes the page's text outside our own UI. */
export function changesPageText(
  records: readonly MutationRecord[],
  ownRoot: Node | null = null
): boolean {
  // A storm brings thousands of records: the first that counts settles it.
  return records.some((record) => {
    if (isOwnNode(record.target, ownRoot)) return false;
    if (record.type !== 'childList') return true;
    const changed = [...record.addedNodes, ...record.removedNodes];
    // Our UI appended to (or removed from) the page: its own node is enough to tell.
    return changed.some((node) => node !== ownRoot);
  });
}
