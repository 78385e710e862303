import browser from 'webextension-polyfill';
import contentScript from '../content/content-script.ts?iife';
import {grantedSites} from '../shared/granted-sites.ts';

const SCRIPT_ID = 'scanned-sites';

/**
 * Keeps one registered content script in step with the sites scanned on every visit: the registries, and
 * the sites the adviser granted (a revoked site stops being scanned at once). The script is registered
 * rather than declared in the manifest because crxjs would then expose its chunks as web-accessible
 * resources to every site, which lets any page detect the extension (ADR 0007).
 */
export async function syncScannedSites(): Promise<void> {
  const matches = [...__TI_SCAN_MATCHES__, ...(await grantedSites())];
  const script = {
    id: SCRIPT_ID,
    js: [contentScript],
    matches,
    runAt: 'document_idle' as const,
  };
  const registered = await browser.scripting.getRegisteredContentScripts({
    ids: [SCRIPT_ID],
  });
  if (registered.length > 0)
    await browser.scripting.updateContentScripts([script]);
  else
    await browser.scripting.registerContentScripts([
      {...script, persistAcrossSessions: true},
    ]);
}
