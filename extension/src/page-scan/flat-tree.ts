// The tree a reader sees: a slotted node sits at its slot, a shadow root's children under its host.

/** The element that holds `node` in the rendering; null at the top or for a node that is not shown. */
export function renderedParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const up = node.parentNode;
  if (up === null) return null;
  if (up.nodeType === Node.DOCUMENT_FRAGMENT_NODE)
    return (up as ShadowRoot).host ?? null;
  return up.nodeType === Node.ELEMENT_NODE ? (up as Element) : null;
}

/** The elements above `node` in the rendering, nearest first. */
export function renderedAncestors(node: Node): Element[] {
  const ancestors: Element[] = [];
  for (let at = renderedParent(node); at !== null; at = renderedParent(at))
    ancestors.push(at);
  return ancestors;
}
