// Whether the reader can see a few slices of text: the checks that force style and layout, made only for the
// few spans a caller is about to choose by default (PageScan.seen), never during a scan.
import {renderedAncestors} from './flat-tree.ts';
import type {TextSlice} from './text-slice.ts';

// Less than this share of a text's box left inside the boxes that clip it: the reader cannot read it.
const VISIBLE_SHARE = 0.5;

// The sides of a box, in the page's coordinates.
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const area = (box: Box): number =>
  Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);

const intersect = (a: Box, b: Box): Box => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});

/**
 * True when every slice is rendered where a reader can see it: not in a subtree that is not displayed, hidden,
 * transparent or skipped (checkVisibility), with a box of some size, inside the page rather than off its
 * edges, and not clipped away (overflow hidden, `clip`) as the "visually hidden" patterns do.
 */
export function isRendered(slices: readonly TextSlice[]): boolean {
  return slices.length > 0 && slices.every(isSliceRendered);
}

function isSliceRendered({node, from, to}: TextSlice): boolean {
  const ancestors = renderedAncestors(node);
  const parent = ancestors[0];
  if (parent === undefined) return false;
  if (!parent.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}))
    return false;
  const view = node.ownerDocument.defaultView;
  if (view === null) return false;
  if (isTransparent(view.getComputedStyle(parent).color)) return false;
  const range = node.ownerDocument.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  const page = node.ownerDocument.documentElement;
  const pageBox: Box = {
    left: -view.scrollX,
    top: -view.scrollY,
    right: page.scrollWidth - view.scrollX,
    bottom: page.scrollHeight - view.scrollY,
  };
  const clips = clipBoxes(ancestors, view);
  let shown = 0;
  let total = 0;
  for (const rect of range.getClientRects()) {
    const box: Box = rect;
    total += area(box);
    shown += area(clips.reduce(intersect, intersect(box, pageBox)));
  }
  return total > 0 && shown >= total * VISIBLE_SHARE;
}

// The boxes of the ancestors that cut off what overflows them: overflow hidden or clip, or a `clip` rectangle
// (taken as the whole box: the "visually hidden" pattern pairs it with a 1-pixel box).
function clipBoxes(ancestors: readonly Element[], view: Window): Box[] {
  const boxes: Box[] = [];
  for (const element of ancestors) {
    const style = view.getComputedStyle(element);
    if (style.position === 'fixed') break;
    const clipsOverflow = [style.overflowX, style.overflowY].some(
      (value) => value === 'hidden' || value === 'clip'
    );
    if (clipsOverflow || (style.clip !== 'auto' && style.clip !== ''))
      boxes.push(element.getBoundingClientRect());
  }
  return boxes;
}

// "transparent" is computed as rgba(0, 0, 0, 0); any color with a zero alpha hides the text.
const isTransparent = (color: string): boolean =>
  /^rgba\(.*,\s*0\)$/.test(color) || color === 'transparent';
