import browser from 'webextension-polyfill';
import {identifierFor, type TabState} from '../shared/tab-state.ts';
import {badgeView, UNSAVED_BADGE, type BadgeView} from './badge-view.ts';
import {tabVerdict} from './perimeter.ts';
import {readLookup, readLookups, readOpenTabs, readTab} from './session.ts';

/** Redraws one tab's badge from storage: the idle badge when nothing is known of the tab (a new page). */
export async function refreshBadge(tabId: number): Promise<void> {
  const tab = await readTab(tabId);
  const identifier = tab ? identifierFor(tab) : null;
  const lookup = identifier === null ? undefined : await readLookup(identifier);
  await showBadge(
    tabId,
    badgeView(tab, lookup, tab ? tabVerdict(tab, lookup) : null)
  );
}

/**
 * Redraws the badges of the open tabs that `which` selects, every one by default (at a worker's start). A lookup's
 * answer redraws only the tabs whose chosen company it is: a report from one tab must not redraw them all.
 * Reads the open tabs' states and their lookups by key, whatever else storage holds.
 */
export async function refreshBadges(
  which: (tab: TabState) => boolean = () => true
): Promise<void> {
  const tabs = [...(await readOpenTabs())].filter(([, tab]) => which(tab));
  const lookups = await readLookups([
    ...new Set(tabs.flatMap(([, tab]) => identifierFor(tab) ?? [])),
  ]);
  await Promise.all(
    tabs.map(async ([tabId, tab]) => {
      const identifier = identifierFor(tab);
      const lookup = identifier === null ? undefined : lookups.get(identifier);
      await showBadge(tabId, badgeView(tab, lookup, tabVerdict(tab, lookup)));
    })
  );
}

/** Redraws the tabs whose chosen company is looked up by `identifier`. */
export const refreshBadgesOf = (identifier: string): Promise<void> =>
  refreshBadges((tab) => identifierFor(tab) === identifier);

/**
 * Storage refused to keep a tab's state or its lookup: the badge says so and asks for a click (which scans the
 * page again). Drawn directly, since storage cannot hold it; a restarted worker retries on its own (resume).
 */
export const showUnsaved = (tabId: number): Promise<void> =>
  showBadge(tabId, UNSAVED_BADGE);

/** The same, on every tab whose chosen company is looked up by `identifier`. */
export async function showUnsavedOf(identifier: string): Promise<void> {
  const tabs = await readOpenTabs();
  await Promise.all(
    [...tabs]
      .filter(([, tab]) => identifierFor(tab) === identifier)
      .map(([tabId]) => showUnsaved(tabId))
  );
}

async function showBadge(tabId: number, view: BadgeView): Promise<void> {
  try {
    await Promise.all([
      browser.action.setBadgeText({tabId, text: view.text}),
      browser.action.setBadgeBackgroundColor({tabId, color: view.color}),
      browser.action.setBadgeTextColor({tabId, color: '#ffffff'}),
      browser.action.setTitle({
        tabId,
        title: browser.i18n.getMessage(view.title.key, view.title.substitution),
      }),
    ]);
  } catch {
    // The tab was closed meanwhile: nothing to draw.
  }
}
