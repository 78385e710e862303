import browser from 'webextension-polyfill';

/**
 * The sites the adviser granted in the options page (optional host permissions), as match patterns. The
 * manifest's own hosts (the company API, the registries) are always granted: they are not the adviser's choice.
 */
export async function grantedSites(): Promise<string[]> {
  const declared = new Set(
    browser.runtime.getManifest().host_permissions ?? []
  );
  const {origins = []} = await browser.permissions.getAll();
  return origins.filter((origin) => !declared.has(origin));
}
