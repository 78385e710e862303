// Which DOM changes can change what the page scan finds. Our own injected UI (custom elements named ti-…, or a
// root the caller names) changes as it renders: re-scanning for that would scan again after every render,
// and never find anything new.

/** The options of the MutationObserver: text, structure, and the attributes that hide a subtree. */
export const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'aria-hidden'],
};

/** True when `node` is, or is inside, our own UI: an element whose tag starts with `ti-`, or `ownRoot`. */
export function isOwnNode(node: Node, ownRoot: Node | null = null): boolean {
  for (let at: Node | null = node; at !== null; at = at.parentNode) {
    if (at === ownRoot || (at as Element).localName?.startsWith('ti-'))
      return true;
  }
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
    return changed.some(
      (node) =>
        node !== ownRoot && !(node as Element).localName?.startsWith('ti-')
    );
  });
}
