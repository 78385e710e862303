// The way back from offsets in the page's text to its text nodes, built only when asked (PageScan.seen) and
// only for the runs asked about: their members are walked again, recording where each text went.
import {membersOf} from './page-parts.ts';
import type {PageTextCache} from './page-text-cache.ts';
import type {ScannedSpan} from './scanned-page.ts';
import {TextComposer, type TextPlaces} from './text-composer.ts';
import type {TextSlice} from './text-slice.ts';
import {walkElements} from './walk-elements.ts';

/**
 * Where each text of a span's run is, as offsets from the start of the run's text; null when the run no
 * longer reads as it did at the scan (the page changed since).
 */
export function mapSpan(
  span: ScannedSpan,
  cache: Pick<PageTextCache, 'root' | 'hosts' | 'customNames'>
): TextPlaces | null {
  const composer = new TextComposer(cache.root, {
    hosts: new Set(cache.hosts),
    customNames: new Set(cache.customNames),
    mapping: true,
  });
  // Alone in its composer, the run's text starts at 0, with no separator before it.
  for (const member of membersOf(span.run)) walkElements(member, composer);
  return composer.text === span.piece.text ? composer.places : null;
}

/** The slices of text nodes that `[from, to)` of a run's text was read from, in order. */
export function slicesOf(
  places: TextPlaces,
  from: number,
  to: number
): TextSlice[] {
  const slices: TextSlice[] = [];
  const {starts, nodes} = places;
  // The last text starting at or before `from`.
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! <= from) low = middle + 1;
    else high = middle - 1;
  }
  for (let i = Math.max(0, high); i < nodes.length && starts[i]! < to; i++) {
    const node = nodes[i]!;
    const start = starts[i]!;
    const end = start + node.data.length;
    if (end > from)
      slices.push({
        node,
        from: Math.max(0, from - start),
        to: Math.min(node.data.length, to - start),
      });
  }
  return slices;
}
