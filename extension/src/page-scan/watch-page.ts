// Keeps the page's companies up to date on pages that change without loading: single-page applications that
// swap their content and push a new URL, and pages that fill themselves in after load.
// A content script runs in an isolated world: it cannot wrap the page's history.pushState, so a URL change is
// seen by comparing location.href when something happens (a DOM change, popstate, hashchange, and the
// Navigation API's navigatesuccess where the browser has it).
import {changesPageText, OBSERVED} from './page-mutations.ts';
import {scanPage, type PageCompany, type ScanPageOptions} from './scan-page.ts';

/** Timers, injectable so that tests control time. */
export interface WatchClock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface WatchPageOptions {
  /** Called after a scan when its ranked companies or the URL differ from the last report. */
  onResult(companies: PageCompany[], url: string): void;
  /** What to scan and observe; `document.body` by default. */
  root?: Node;
  /** Our own UI inside the page, if any: its changes never cause a scan. */
  ownRoot?: Node | null;
  /** The least time between two scans caused by changes; 750 ms by default. */
  throttleMs?: number;
  /** Aborting stops watching, like `stop()`. */
  signal?: AbortSignal;
  /** Called with a scan's error other than an abort; ignored by default (the next change scans again). */
  onError?(error: unknown): void;
  clock?: WatchClock;
  /** The scan; `scanPage` by default. */
  scan?: (root: Node, options: ScanPageOptions) => Promise<PageCompany[]>;
  /** Where the URL is read and navigation events are heard; `window` by default. */
  window?: Pick<
    Window,
    'location' | 'addEventListener' | 'removeEventListener'
  > & {
    navigation?: EventTarget;
  };
}

export interface PageWatch {
  /** Stops observing, cancels a pending scan and aborts the one in progress. */
  stop(): void;
}

const realClock: WatchClock = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id as number),
};

/** What a report says, in rank order: a new first index or occurrence count alone is not news. */
const reportKey = (companies: readonly PageCompany[]): string =>
  JSON.stringify(
    companies.map(({siren, siret, kinds, confidence, labels}) => [
      siren,
      siret,
      kinds,
      confidence,
      labels,
    ])
  );

/**
 * Scans the page now, then again after DOM changes and single-page navigations, at most once per `throttleMs`
 * (trailing: the changes of a burst are read together once it has had time to settle). A new scan aborts the
 * one still running. Reports only when the ranked result or the URL changed.
 */
export function watchPage(options: WatchPageOptions): PageWatch {
  const {
    onResult,
    root = document.body,
    ownRoot = null,
    throttleMs = 750,
    signal,
    onError = () => {},
    clock = realClock,
    scan = scanPage,
    window: win = window,
  } = options;
  let timer: unknown = null;
  let running: AbortController | null = null;
  let lastKey: string | null = null;
  let lastUrl: string | null = null;
  let seenUrl = win.location.href;
  let stopped = false;

  async function run(): Promise<void> {
    timer = null;
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const url = win.location.href;
    seenUrl = url;
    try {
      const companies = await scan(root, {signal: controller.signal});
      if (controller.signal.aborted) return;
      const key = reportKey(companies);
      if (key === lastKey && url === lastUrl) return;
      lastKey = key;
      lastUrl = url;
      onResult(companies, url);
    } catch (error) {
      if (!controller.signal.aborted) onError(error);
    } finally {
      if (running === controller) running = null;
    }
  }

  function schedule(): void {
    if (stopped || timer !== null) return;
    timer = clock.setTimeout(() => void run(), throttleMs);
  }

  const observer = new MutationObserver((records) => {
    if (win.location.href !== seenUrl || changesPageText(records, ownRoot))
      schedule();
  });
  // Navigations the DOM may not show at once: scan if the URL moved.
  const onNavigation = () => {
    if (win.location.href !== seenUrl) schedule();
  };
  const NAVIGATION_EVENTS = ['popstate', 'hashchange'] as const;

  function stop(): void {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    for (const type of NAVIGATION_EVENTS)
      win.removeEventListener(type, onNavigation);
    win.navigation?.removeEventListener('navigatesuccess', onNavigation);
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    running?.abort();
    signal?.removeEventListener('abort', stop);
  }

  if (signal?.aborted) return {stop};
  observer.observe(root, OBSERVED);
  for (const type of NAVIGATION_EVENTS)
    win.addEventListener(type, onNavigation);
  win.navigation?.addEventListener('navigatesuccess', onNavigation);
  signal?.addEventListener('abort', stop);
  void run();
  return {stop};
}
