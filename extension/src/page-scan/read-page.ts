// One scan of the page's text through its cache. The first scan of a big page (or one after changes all over it)
// walks the whole page over marks (walk-marked.ts); the next ones put back the runs that did not change and read
// the others again with the element walk, which reads a small page from the start too (walk-elements.ts).
import {findPageMarks, isExcluded} from './page-marks.ts';
import {
  membersOf,
  partForRoot,
  runsOf,
  sizeOf,
  SMALL_PAGE,
  type TextRun,
} from './page-parts.ts';
import type {PageTextCache} from './page-text-cache.ts';
import {ScannedPage, type ScannedSpan} from './scanned-page.ts';
import {findShadowHosts} from './shadow-hosts.ts';
import {TextComposer} from './text-composer.ts';
import {walkElements} from './walk-elements.ts';
import {MarkedWalk} from './walk-marked.ts';

/** When a scan gives the main loop a turn. */
export interface Slicing {
  signal?: AbortSignal;
  sliceMs: number;
  now: () => number;
  yieldToMain: () => Promise<void>;
}

// Past this share of runs to read again, one walk over marks is cheaper than reading them one by one.
const WHOLE_PAGE_SHARE = 0.25;

/** Reads the page's text, again only where it changed since the cache's last scan; yields between slices. */
export async function readPage(
  cache: PageTextCache,
  {signal, sliceMs, now, yieldToMain}: Slicing
): Promise<ScannedPage> {
  signal?.throwIfAborted();
  // The first slice counts from here: the cut and the up-front queries are work too.
  let sliceStart = now();
  const steps = readSteps(cache, () => now() - sliceStart >= sliceMs);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await yieldToMain();
    signal?.throwIfAborted();
    sliceStart = now();
  }
}

/** The same in one go. */
export function readPageNow(cache: PageTextCache): ScannedPage {
  const steps = readSteps(cache, () => false);
  for (let step = steps.next(); ; step = steps.next())
    if (step.done) return step.value;
}

// The scan, as steps: it yields when `due()` says the slice is spent.
function* readSteps(
  cache: PageTextCache,
  due: () => boolean
): Generator<void, ScannedPage> {
  const root = cache.root;
  const doc = root.ownerDocument ?? (root as Document);
  if (
    doc.designMode === 'on' ||
    (root.nodeType === Node.ELEMENT_NODE && isExcluded(root as Element))
  )
    return new ScannedPage('', [], cache);
  cache.top ??= partForRoot(root, cache.owners);
  const hostsBefore = cache.hosts;
  cache.hosts = new Set(findShadowHosts(root, cache.customNames));
  // A host that got its shadow root since: its run was read as plain children.
  for (const host of cache.hosts)
    if (!hostsBefore.has(host)) cache.changed(host);
  const namesBefore = cache.customNames.size;
  const runs = runsOf(cache.top, cache.owners, cache.customNames);
  const toRead = runs.filter((run) => run.piece === null).length;
  const composer = new TextComposer(root, {
    hosts: cache.hosts,
    customNames: cache.customNames,
  });
  const spans: ScannedSpan[] = [];

  if (toRead > runs.length * WHOLE_PAGE_SHARE && sizeOf(root) > SMALL_PAGE) {
    // Names met while cutting may be hosts' names: look for them before the marks are found.
    if (cache.customNames.size > namesBefore)
      for (const host of findShadowHosts(root, cache.customNames))
        cache.hosts.add(host);
    const walk = new MarkedWalk(
      root,
      findPageMarks(root, [...cache.hosts]),
      composer
    );
    for (const run of runs) {
      const changes = run.changes;
      composer.beginPiece();
      const end = walk.textAfter(run.last);
      const within = inRun(run);
      while (!walk.walkUntil(end, within, due)) yield;
      spans.push(closeRun(run, composer, changes));
      if (due()) yield;
    }
  } else {
    for (const run of runs) {
      if (run.piece !== null)
        spans.push({run, piece: run.piece, start: composer.replay(run.piece)});
      else {
        composer.beginPiece();
        for (const member of membersOf(run)) walkElements(member, composer);
        spans.push(closeRun(run, composer, run.changes));
      }
      if (due()) yield;
    }
  }

  // Names met for the first time in this scan: their hosts were read as plain children, read them again.
  const missed = findShadowHosts(root, cache.customNames).filter(
    (host) => !cache.hosts.has(host)
  );
  if (missed.length > 0) {
    for (const host of missed) cache.changed(host);
    return yield* readSteps(cache, due);
  }
  return new ScannedPage(composer.text, spans, cache);
}

// The run's text, kept for the next scans unless the run changed while it was read (`changes` when it began).
function closeRun(
  run: TextRun,
  composer: TextComposer,
  changes: number
): ScannedSpan {
  const {piece, start} = composer.endPiece();
  if (run.changes === changes) run.piece = piece;
  return {run, piece, start};
}

// Whether an element met at the end of a run (after its last text) is inside it: the run's last member or
// before it, but not an ancestor.
const inRun =
  (run: TextRun) =>
  (element: Element): boolean => {
    if (element === run.last) return true;
    const position = run.last.compareDocumentPosition(element);
    return (
      (position & Node.DOCUMENT_POSITION_CONTAINED_BY) !== 0 ||
      ((position & Node.DOCUMENT_POSITION_PRECEDING) !== 0 &&
        (position & Node.DOCUMENT_POSITION_CONTAINS) === 0)
    );
  };
