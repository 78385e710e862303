// Whether the digits of a span may be shown in another order than they are written: the layout can reverse
// them while the text keeps its order, and a reversed SIREN may pass the checksum too. Style reads only, for
// the few spans a caller is about to choose by default (PageScan.seen).
import {renderedAncestors} from './flat-tree.ts';
import type {TextSlice} from './text-slice.ts';

/**
 * True when the slices (one span, in text order) may be shown in another order: right-to-left text (the
 * groups of "732 829 320" show as "320 829 732"), a bidi override, or, when the span runs over several
 * elements, elements the layout may place in another order than the document's: reversed or reordered flex
 * items, grid items placed by hand or packed densely, floats to the right, positioned elements.
 */
export function isReordered(slices: readonly TextSlice[]): boolean {
  const view = slices[0]?.node.ownerDocument.defaultView;
  if (!view) return false;
  const paths = slices.map(({node}) => renderedAncestors(node));
  for (const path of paths)
    for (const element of path) {
      const style = view.getComputedStyle(element);
      if (style.direction === 'rtl' || style.unicodeBidi.includes('override'))
        return true;
    }
  const parents = new Set(paths.map((path) => path[0]));
  if (parents.size < 2) return false;
  // Below the nearest element common to all: the elements whose placement orders the pieces.
  const common = paths[0]!.find((element) =>
    paths.every((path) => path.includes(element))
  );
  for (const path of paths) {
    const end = common === undefined ? path.length : path.indexOf(common);
    for (let i = 0; i < end; i++) {
      const element = path[i]!;
      const container = path[i + 1] ?? element;
      if (
        isPlacedApart(
          view.getComputedStyle(element),
          view.getComputedStyle(container)
        )
      )
        return true;
    }
  }
  return false;
}

function isPlacedApart(
  style: CSSStyleDeclaration,
  container: CSSStyleDeclaration
): boolean {
  if (style.float === 'right') return true;
  if (style.position === 'absolute' || style.position === 'fixed') return true;
  const display = container.display;
  if (display.includes('flex'))
    return container.flexDirection.endsWith('reverse') || style.order !== '0';
  if (display.includes('grid'))
    return (
      style.order !== '0' ||
      container.gridAutoFlow.includes('dense') ||
      style.gridColumnStart !== 'auto' ||
      style.gridRowStart !== 'auto'
    );
  return false;
}
