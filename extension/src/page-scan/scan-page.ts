import {findCompanyIds, type CompanyIdKind} from '@ti-toolkit/core/identifiers';
import type {CompanyIdLabel} from '@ti-toolkit/core/identifiers';
import {TextCollector} from './collect-text.ts';
import {rankCompanies, type PageCompany} from './rank-companies.ts';

export type {PageCompany} from './rank-companies.ts';
export type {CompanyIdKind, CompanyIdLabel};

export interface ScanPageOptions {
  /** Aborting rejects the scan with the signal's reason (an AbortError by default), at the next slice. */
  signal?: AbortSignal;
  /** How long a slice of work may run before yielding to the main loop; 8 ms by default. */
  sliceMs?: number;
  /** The clock; `performance.now` by default. */
  now?: () => number;
  /** Gives the main loop a turn; `scheduler.yield()` where it exists, else a `setTimeout(0)`. */
  yieldToMain?: () => Promise<void>;
}

// scheduler.yield() resumes ahead of other queued tasks (Chromium 129+); setTimeout(0) is the portable fallback.
function defaultYield(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}})
    .scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Finds the companies named in a subtree's visible text, grouped by SIREN and ranked (see rankCompanies).
 * The DOM walk runs in slices of `sliceMs` and yields between them, so a big page never holds the main loop
 * for long; the identifier scan then runs once over the text (linear, a few ms for a 1 MB page).
 * On abort it rejects with the signal's reason rather than returning a partial list: a partial list would
 * rank a company from the top of the page over one it has not reached yet, and the caller aborts because
 * the page changed and a new scan is coming anyway.
 */
export async function scanPage(
  root: Node,
  options: ScanPageOptions = {}
): Promise<PageCompany[]> {
  const {
    signal,
    sliceMs = 8,
    now = () => performance.now(),
    yieldToMain = defaultYield,
  } = options;
  signal?.throwIfAborted();
  // The collector's up-front queries count in the first slice.
  let sliceStart = now();
  const collector = new TextCollector(root);
  while (!collector.collect(() => now() - sliceStart >= sliceMs)) {
    await yieldToMain();
    signal?.throwIfAborted();
    sliceStart = now();
  }
  // The text is read: give the main loop a turn before the scan if this slice is already spent.
  if (now() - sliceStart >= sliceMs) {
    await yieldToMain();
    signal?.throwIfAborted();
  }
  const {text} = collector.result();
  return rankCompanies(findCompanyIds(text), text);
}
