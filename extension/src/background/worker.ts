// The extension's background worker (Chrome service worker, Firefox event page). Listeners are added
// synchronously at the top level: a stopped worker is restarted by the event, and only listeners added in
// its first turn receive it.
import browser, {type Runtime} from 'webextension-polyfill';
import {refreshBadge, refreshBadges, refreshBadgesOf} from './badge.ts';
import {createContextMenu, onContextMenuClick} from './context-menu.ts';
import {syncScannedSites} from './scanned-sites.ts';
import {handleMessage} from './handle-message.ts';
import {RESUME_ALARM, resumePendingLookups} from './lookups.ts';
import {openPanel} from './open-panel.ts';
import {scanTab} from './scan-tab.ts';
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

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
// A new document in the tab: what was found on the previous one no longer applies (an in-page navigation
// does not load, and the content script reports it itself).
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading')
    void forgetTab(tabId).then(() => refreshBadge(tabId));
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === RESUME_ALARM) void resumePendingLookups(refreshBadgesOf);
});

// A worker stopped in the middle of a lookup left it undone: finish it now, and redraw the badges in case it
// was stopped between an answer and its badge.
void resumePendingLookups(refreshBadgesOf);
void refreshBadges();
