// Keeps the page's text up to date on pages that change without loading: single-page applications that
// swap their content (or their whole body, as Turbo and pjax do) and push a new URL, and pages that fill
// themselves in after load. Each scan reads again only what the observer saw change (PageTextCache).
// A content script runs in an isolated world: it cannot wrap the page's history.pushState, so a URL change is
// seen by comparing location.href when something happens (a DOM change, popstate, hashchange, and the
// Navigation API's navigatesuccess where the browser has it).
import {changesPageText, OBSERVED} from './page-mutations.ts';
import {SMALL_PAGE, sizeOf} from './page-parts.ts';
import {PageTextCache} from './page-text-cache.ts';
import {findCustomNames} from './shadow-hosts.ts';
import {yieldToMain} from './yield-to-main.ts';
import {scanPage, type PageScan, type ScanPageOptions} from './scan-page.ts';

/** Timers, injectable so that tests control time. */
export interface WatchClock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface WatchPageOptions {
  /** Called after a scan when the page's text or the URL differ from the last report. */
  onResult(scan: PageScan, url: string): void;
  /** What to scan and observe; `document.body` by default, followed when the page replaces its body. */
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
  /** The scan; `scanPage` by default (given the watch's cache in its options). */
  scan?: (root: Node, options: ScanPageOptions) => Promise<PageScan>;
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

// The document's structure above the body: a new <body> (or <html>) is a new page to follow.
const ABOVE_BODY: MutationObserverInit = {childList: true};

/**
 * Scans the page now, then again after DOM changes and single-page navigations, at most once per `throttleMs`
 * (trailing: the changes of a burst are read together once it has had time to settle). A new scan aborts the
 * one still running. Reports only when the text or the URL changed.
 */
export function watchPage(options: WatchPageOptions): PageWatch {
  const {
    onResult,
    ownRoot = null,
    throttleMs = 750,
    signal,
    onError = () => {},
    clock = realClock,
    scan = scanPage,
    window: win = window,
  } = options;
  let root = options.root ?? document.body ?? document.documentElement;
  const doc = root.ownerDocument ?? (root as Document);
  // Only the document's body is followed: a root the caller chose inside the page is theirs.
  const followsBody = root === doc.body;
  let cache = new PageTextCache(root);
  let observedShadows = new WeakSet<ShadowRoot>();
  let timer: unknown = null;
  let running: AbortController | null = null;
  let lastText: string | null = null;
  let lastUrl: string | null = null;
  let seenUrl = win.location.href;
  let stopped = false;
  let namesLookedFor = false;

  async function run(): Promise<void> {
    timer = null;
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const url = win.location.href;
    seenUrl = url;
    try {
      const result = await scan(root, {signal: controller.signal, cache});
      if (controller.signal.aborted) return;
      observeShadowRoots();
      if (!namesLookedFor) {
        namesLookedFor = true;
        if (sizeOf(root) > SMALL_PAGE) void lookForHosts(cache);
      }
      if (result.text === lastText && url === lastUrl) return;
      lastText = result.text;
      lastUrl = url;
      onResult(result, url);
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
    if (followsBody && doc.body !== null && doc.body !== root) {
      followBody(doc.body);
      return;
    }
    cache.note(records);
    if (win.location.href !== seenUrl || changesPageText(records, ownRoot))
      schedule();
  });

  function observeAll(): void {
    observer.observe(root, OBSERVED);
    if (followsBody) {
      observer.observe(doc, ABOVE_BODY);
      if (doc.documentElement)
        observer.observe(doc.documentElement, ABOVE_BODY);
    }
  }

  // The page put a new body in: read it from scratch (the old one's parts are gone).
  function followBody(body: HTMLElement): void {
    observer.disconnect();
    root = body;
    cache = new PageTextCache(body);
    observedShadows = new WeakSet();
    namesLookedFor = false;
    observeAll();
    schedule();
  }

  // Once per body of a big page, in the background: shadow hosts its first scan could not know of (shadow-hosts.ts).
  async function lookForHosts(lookedAt: PageTextCache): Promise<void> {
    let sliceStart = performance.now();
    try {
      const found = await findCustomNames(
        lookedAt.root,
        lookedAt.customNames,
        () => performance.now() - sliceStart >= 8,
        async () => {
          await yieldToMain();
          sliceStart = performance.now();
        }
      );
      if (found && !stopped && cache === lookedAt) schedule();
    } catch (error) {
      onError(error);
    }
  }

  // Web components' text changes in their shadow trees, which an observer of the document does not see.
  function observeShadowRoots(): void {
    for (const host of cache.hosts) {
      const shadow = host.shadowRoot;
      if (shadow === null || observedShadows.has(shadow)) continue;
      observedShadows.add(shadow);
      observer.observe(shadow, OBSERVED);
    }
  }

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
  observeAll();
  for (const type of NAVIGATION_EVENTS)
    win.addEventListener(type, onNavigation);
  win.navigation?.addEventListener('navigatesuccess', onNavigation);
  signal?.addEventListener('abort', stop);
  void run();
  return {stop};
}
