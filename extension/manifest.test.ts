import {describe, expect, it} from 'vitest';
import {permissionFields, productionManifest} from './manifest-permissions.ts';

// CHANGING THESE OBJECTS IS A PRIVACY REVIEW. Each entry is a promise to advisers about what the extension may
// read and send (product.md: minimal permissions, only the identifier leaves the browser). Update them only
// together with the store listings' privacy statements and ADR 0007, never to make this test pass.
const REGISTRY_SITES = [
  'https://annuaire-entreprises.data.gouv.fr/*',
  'https://www.pappers.fr/*',
  'https://pappers.fr/*',
  'https://www.societe.com/*',
  'https://societe.com/*',
  'https://www.infogreffe.fr/*',
  'https://infogreffe.fr/*',
];
const COMMON = {
  optional_permissions: undefined,
  // The company API, and the registry sites scanned without asking.
  host_permissions: [
    'https://recherche-entreprises.api.gouv.fr/*',
    ...REGISTRY_SITES,
  ],
  // Any other site only once the adviser grants it in the options page.
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  // Content scripts are registered at run time for granted sites only, never declared for all pages.
  content_scripts: undefined,
  web_accessible_resources: undefined,
};
const EXPECTED = {
  chrome: {
    ...COMMON,
    permissions: [
      'storage',
      'alarms',
      'activeTab',
      'scripting',
      'contextMenus',
      'sidePanel',
    ],
    data_collection_permissions: undefined,
  },
  firefox: {
    ...COMMON,
    permissions: [
      'storage',
      'alarms',
      'activeTab',
      'scripting',
      'contextMenus',
    ],
    // The SIREN or SIRET read on the page goes to the company API.
    data_collection_permissions: {required: ['websiteContent']},
  },
};

const NEVER = [
  'tabs',
  'webRequest',
  'webRequestBlocking',
  'cookies',
  'history',
];

describe.each(['chrome', 'firefox'] as const)('%s manifest', (target) => {
  const fields = permissionFields(productionManifest(target));

  it('asks for exactly the reviewed permissions', () => {
    expect(fields).toEqual(EXPECTED[target]);
  });

  it('never asks for every site up front nor for browsing data', () => {
    const asked = JSON.stringify([
      fields.permissions,
      fields.host_permissions,
      fields.content_scripts,
    ]);
    expect(asked).not.toContain('<all_urls>');
    expect(asked).not.toMatch(/"(?:\*|https?):\/\/\*\/\*"/);
    for (const permission of NEVER)
      expect(fields.permissions).not.toContain(permission);
    expect(JSON.stringify(fields.optional_permissions ?? [])).not.toMatch(
      /tabs|webRequest|cookies|history|<all_urls>/
    );
  });
});
