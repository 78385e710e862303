// The element walk: every node of a subtree, in the rendering's order. It reads shadow trees (with their slots'
// assigned nodes in place of the slots) and the subtrees that changed since the last scan, which are small;
// the whole page's first read takes the faster walk over marks (walk-marked.ts), which gives the same text.
import {EXCLUDED, isLineBreak} from './page-marks.ts';
import {isShadowHost} from './shadow-hosts.ts';
import type {TextComposer} from './text-composer.ts';
import {breakOf} from './text-blocks.ts';

/** Reads `start` and its subtree into `composer`. Iterative: a hostile page may nest thousands of levels. */
export function walkElements(start: Node, composer: TextComposer): void {
  const stack: Node[] = [start];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const type = node.nodeType;
    if (type === Node.TEXT_NODE) {
      composer.addText(node as Text);
      continue;
    }
    let children: Node = node;
    if (type === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (element.matches(EXCLUDED) || isLineBreak(element)) {
        composer.breakAtLeast(breakOf(element));
        continue;
      }
      if (isShadowHost(element, composer.customNames)) {
        composer.hosts.add(element);
        children = element.shadowRoot!;
      } else if (element.localName === 'slot') {
        const assigned = (element as HTMLSlotElement).assignedNodes({
          flatten: true,
        });
        if (assigned.length > 0) {
          for (let i = assigned.length - 1; i >= 0; i--)
            stack.push(assigned[i]!);
          continue;
        }
      }
    } else if (
      type !== Node.DOCUMENT_NODE &&
      type !== Node.DOCUMENT_FRAGMENT_NODE
    )
      continue;
    for (let child = children.lastChild; child; child = child.previousSibling)
      stack.push(child);
  }
}

/** Reads a shadow root's content into `composer`, for the walk over marks. */
export function walkShadowRoot(host: Element, composer: TextComposer): void {
  composer.hosts.add(host);
  const shadow = host.shadowRoot;
  if (shadow === null) return;
  for (let child = shadow.firstChild; child; child = child.nextSibling)
    walkElements(child, composer);
}
