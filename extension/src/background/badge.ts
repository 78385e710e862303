import browser from 'webextension-polyfill';
import {identifierFor, type TabState} from '../shared/tab-state.ts';
import {badgeView, type BadgeView} from './badge-view.ts';
import {tabVerdict} from './perimeter.ts';
import {readAll, readLookup, readTab} from './session.ts';

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
 * Redraws the badges of the known tabs that `which` selects, every one by default (at a worker's start). A lookup's
 * answer redraws only the tabs whose chosen company it is: a report from one tab must not redraw them all.
 */
export async function refreshBadges(
  which: (tab: TabState) => boolean = () => true
): Promise<void> {
  const {tabs, lookups} = await readAll();
  await Promise.all(
    [...tabs]
      .filter(([, tab]) => which(tab))
      .map(async ([tabId, tab]) => {
        const identifier = identifierFor(tab);
        const lookup =
          identifier === null ? undefined : lookups.get(identifier);
        await showBadge(tabId, badgeView(tab, lookup, tabVerdict(tab, lookup)));
      })
  );
}

/** Redraws the tabs whose chosen company is looked up by `identifier`. */
export const refreshBadgesOf = (identifier: string): Promise<void> =>
  refreshBadges((tab) => identifierFor(tab) === identifier);

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
