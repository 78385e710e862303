// The extension's background worker (Chrome service worker, Firefox event page). Listeners are added
// synchronously at the top level: a stopped worker is restarted by the event, and only listeners added in
// its first turn receive it.
import browser, {type Runtime} from 'webextension-polyfill';
import {
  refreshBadge,
  refreshBadges,
  refreshBadgesOf,
  showUnsavedOf,
} from './badge.ts';
import {createContextMenu, onContextMenuClick} from './context-menu.ts';
import {syncScannedSites} from './scanned-sites.ts';
import {handleMessage} from './handle-message.ts';
import {RESUME_ALARM, resumePendingLookups} from './lookups.ts';
import {openPanel} from './open-panel.ts';
import {scanTab} from './scan-tab.ts';
import {pruneSession} from './prune-session.ts';
import {forgetTab} from './session.ts';

browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender) =>
    handleMessage(message, sender)
);

browser.action.onClicked.addListener((tab) => {
  openPanel(tab.id);
  if (tab.id !== undefined) void scanTab(tab.id);
});

browser.runtime.onInstalled.addListener(() => {
  createContextMenu();
  void syncScannedSites();
});
browser.contextMenus.onClicked.addListener(onContextMenuClick);

browser.permissions.onAdded.addListener(() => void syncScannedSites());
browser.permissions.onRemoved.addListener(() => void syncScannedSites());

browser.runtime.onStartup.addListener(() => void syncScannedSites());

// A closed tab, or a new document in it: what was found there no longer applies, and the lookups no open tab
// uses beyond the recent ones are pruned (an in-page navigation does not load; the content script reports it).
browser.tabs.onRemoved.addListener(
  (tabId) => void forgetTab(tabId).then(() => pruneSession())
);
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading')
    void forgetTab(tabId).then(() =>
      Promise.all([refreshBadge(tabId), pruneSession()])
    );
});

// Each resumed lookup ends with its badge: the verdict, or an error when storage refused it.
const resumed = {
  onDone: (identifier: string) => void refreshBadgesOf(identifier),
  onUnsaved: (identifier: string) => void showUnsavedOf(identifier),
};

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === RESUME_ALARM) void resumePendingLookups(resumed);
});

// A worker stopped in the middle of a lookup left it undone: finish it now, and redraw the badges in case it
// was stopped between an answer and its badge.
void resumePendingLookups(resumed);
void refreshBadges();
