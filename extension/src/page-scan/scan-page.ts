import {PageTextCache} from './page-text-cache.ts';
import {readPage} from './read-page.ts';
import type {PageScan} from './scanned-page.ts';
import {yieldToMain as yieldNow} from './yield-to-main.ts';

export type {PageScan, Seen} from './scanned-page.ts';
export {PageTextCache} from './page-text-cache.ts';

export interface ScanPageOptions {
  /** Aborting rejects the scan with the signal's reason (an AbortError by default), at the next slice. */
  signal?: AbortSignal;
  /** How long a slice of work may run before yielding to the main loop; 8 ms by default. */
  sliceMs?: number;
  /** The clock; `performance.now` by default. */
  now?: () => number;
  /** Gives the main loop a turn; `scheduler.yield()` where it exists, else a `setTimeout(0)`. */
  yieldToMain?: () => Promise<void>;
  /**
   * What the last scans of `root` read, told of the page's changes since (PageTextCache.note with the
   * MutationObserver's records): only what changed is read again. Without it, the whole page is read.
   */
  cache?: PageTextCache;
}

/**
 * Reads the visible text of a subtree (a page's body, its open shadow roots included) for the identifier
 * scanner, without forcing style or layout. The walk runs in slices of `sliceMs` and yields between them, so a
 * big page never holds the main loop for long. On abort it rejects with the signal's reason rather than
 * returning part of the text: the caller aborts because the page changed and a new scan is coming anyway.
 */
export function scanPage(
  root: Node,
  options: ScanPageOptions = {}
): Promise<PageScan> {
  const {
    signal,
    sliceMs = 8,
    now = () => performance.now(),
    yieldToMain = yieldNow,
    cache,
  } = options;
  return readPage(cache?.root === root ? cache : new PageTextCache(root), {
    signal,
    sliceMs,
    now,
    yieldToMain,
  });
}
