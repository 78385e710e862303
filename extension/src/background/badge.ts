import browser from 'webextension-polyfill';
import {identifierFor} from '../shared/tab-state.ts';
import {badgeView, type BadgeView} from './badge-view.ts';
import {tabVerdict} from './perimeter.ts';
import {readAll} from './session.ts';

/** Redraws every known tab's badge from storage (cheap: a few tabs, one storage read). */
export async function refreshBadges(): Promise<void> {
  const {tabs, lookups} = await readAll();
  await Promise.all(
    [...tabs].map(async ([tabId, tab]) => {
      const identifier = identifierFor(tab);
      const lookup = identifier === null ? undefined : lookups.get(identifier);
      const view = badgeView(tab, lookup, tabVerdict(tab, lookup));
      await showBadge(tabId, view);
    })
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
