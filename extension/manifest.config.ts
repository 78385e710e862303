import {defineManifest} from '@crxjs/vite-plugin';
import pkg from './package.json' with {type: 'json'};
import {originPattern, type BuildSettings} from './src/build-settings.ts';
import {REGISTRY_MATCHES} from '@ti-toolkit/core/page-companies';

const PANEL = 'src/sidepanel/index.html';
export const FIREFOX_ID = 'conseillers@territoires-industrie.toolkit';

/**
 * One manifest for both browsers (ADR 0007). Permissions stay minimal: the registry sites are scanned by a
 * registered content script (background/scanned-sites.ts), any other page only on a click (activeTab) or once the adviser grants its site
 * in the options page (optional host permissions); the only host always reachable is the company API.
 */
/** The sites scanned on every visit without asking: the registries (and, in test builds, the fixture pages). */
export const scanMatches = (settings: BuildSettings): string[] => [
  ...REGISTRY_MATCHES,
  ...settings.extraScanMatches,
];

export function makeManifest(settings: BuildSettings) {
  const common = {
    manifest_version: 3,
    // Texts in public/_locales (French by default, English for an English browser).
    default_locale: 'fr',
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    version: pkg.version,
    action: {default_title: '__MSG_extShortName__'},
    options_ui: {page: 'src/options/index.html', open_in_tab: true},
    host_permissions: [
      originPattern(settings.apiOrigin),
      ...scanMatches(settings),
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  } as const;
  const manifest =
    settings.target === 'chrome'
      ? {
          ...common,
          background: {
            service_worker: 'src/background/worker.ts',
            type: 'module',
          },
          side_panel: {default_path: PANEL},
          permissions: [
            'storage',
            'alarms',
            'activeTab',
            'scripting',
            'contextMenus',
            'sidePanel',
          ],
          minimum_chrome_version: '116',
        }
      : {
          ...common,
          // crxjs's Firefox mode reads scripts[0] and emits an event page.
          background: {scripts: ['src/background/worker.ts'], type: 'module'},
          sidebar_action: {
            default_panel: PANEL,
            default_title: '__MSG_extShortName__',
            open_at_install: false,
          },
          permissions: [
            'storage',
            'alarms',
            'activeTab',
            'scripting',
            'contextMenus',
          ],
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ID,
              strict_min_version: '142.0',
              // The identifier read on the page (a SIREN or SIRET) is sent to the public company API: that is
              // website content leaving the browser, and Firefox asks the adviser's consent for it.
              data_collection_permissions: {required: ['websiteContent']},
            },
          },
        };
  // crxjs's manifest type knows neither sidebar_action nor data_collection_permissions.
  return defineManifest(
    manifest as unknown as Parameters<typeof defineManifest>[0]
  );
}
