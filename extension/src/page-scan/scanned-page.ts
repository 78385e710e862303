import {isRendered} from './rendered-text.ts';
import {isReordered} from './reading-order.ts';
import type {PageTextCache} from './page-text-cache.ts';
import type {TextRun} from './page-parts.ts';
import type {PieceText, TextPlaces} from './text-composer.ts';
import {mapSpan, slicesOf} from './text-map.ts';
import type {TextSlice} from './text-slice.ts';

/** How the reader sees a span of the page's text (PageScan.seen). */
export type Seen = 'as-written' | 'not-rendered' | 'reordered';

/** The page's visible text, and a way to check how the reader sees a span of it. */
export interface PageScan {
  /** The visible text: texts of one block joined as the page shows them, blocks by "\n", paragraphs by "\n\n". */
  readonly text: string;
  /**
   * How the reader sees `text[index, index + length)`: 'not-rendered' when it is not displayed (hidden by
   * CSS, transparent, of no size, off the page's edges, clipped away), 'reordered' when its characters may be
   * displayed in another order (right-to-left, bidi override, reordered flex or grid items, floats), else
   * 'as-written'. Forces style and layout for the nodes of the span: call it for a few spans only, right
   * after the scan (after a change in the page, a span reads as 'not-rendered').
   */
  seen(index: number, length: number): Seen;
}

/** A run's text in a scan: where it starts in the page's text. */
export interface ScannedSpan {
  run: TextRun;
  piece: PieceText;
  start: number;
}

type MapContext = Pick<PageTextCache, 'root' | 'hosts' | 'customNames'>;

export class ScannedPage implements PageScan {
  readonly text: string;
  readonly #spans: ScannedSpan[];
  readonly #context: MapContext;
  // Built on the first `seen` that needs them, a run at a time.
  readonly #places = new Map<ScannedSpan, TextPlaces | null>();

  constructor(text: string, spans: ScannedSpan[], cache: MapContext) {
    this.text = text;
    this.#spans = spans.filter((span) => span.piece.text !== '');
    // The hosts of this scan: the cache's set is replaced at its next scan.
    this.#context = {
      root: cache.root,
      hosts: new Set(cache.hosts),
      customNames: new Set(cache.customNames),
    };
  }

  seen(index: number, length: number): Seen {
    const slices = this.#slices(index, index + length);
    if (slices === null || !isRendered(slices)) return 'not-rendered';
    return isReordered(slices) ? 'reordered' : 'as-written';
  }

  // The text nodes `[from, to)` was read from; null when the page changed since the scan.
  #slices(from: number, to: number): TextSlice[] | null {
    const slices: TextSlice[] = [];
    for (const span of this.#spansOver(from, to)) {
      let places = this.#places.get(span);
      if (places === undefined) {
        places = mapSpan(span, this.#context);
        this.#places.set(span, places);
      }
      if (places === null) return null;
      slices.push(...slicesOf(places, from - span.start, to - span.start));
    }
    return slices;
  }

  // The spans that `[from, to)` overlaps, in order (a span of text may run over two runs of one block).
  *#spansOver(from: number, to: number): Generator<ScannedSpan> {
    const spans = this.#spans;
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (spans[middle]!.start <= from) low = middle + 1;
      else high = middle - 1;
    }
    for (let i = Math.max(0, high); i < spans.length; i++) {
      const span = spans[i]!;
      if (span.start >= to) break;
      if (span.start + span.piece.text.length > from) yield span;
    }
  }
}
