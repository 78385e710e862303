import {PageTextCache} from './page-text-cache.ts';
import {readPageNow} from './read-page.ts';
import type {PageScan} from './scanned-page.ts';

/** Reads a subtree's visible text in one go, as scanPage does in slices. */
export function collectText(root: Node): PageScan {
  return readPageNow(new PageTextCache(root));
}
