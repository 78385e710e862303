import browser from 'webextension-polyfill';
import {grantedSites} from '../shared/granted-sites.ts';
import {readSettings} from '../shared/settings.ts';
import type {OptionsBackend} from './options-backend.ts';

/**
 * The options page's backend over storage.local and the permissions API. The worker watches the permissions
 * and re-registers its content script itself (background/scanned-sites.ts): granting is all this page does.
 */
export function createExtensionOptionsBackend(): OptionsBackend {
  return {
    readSettings: async () =>
      readSettings(await browser.storage.local.get('settings')),
    writeSettings: (settings) => browser.storage.local.set({settings}),
    grantedSites,
    requestSite: (pattern) => browser.permissions.request({origins: [pattern]}),
    removeSite: (pattern) => browser.permissions.remove({origins: [pattern]}),
  };
}
