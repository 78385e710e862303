import {readSettings} from '../shared/settings.ts';

interface StorageLike {
  storage: {local: {get(key: string): Promise<Record<string, unknown>>}};
}

/** Whether pages may be scanned without a click (the adviser can turn it off in the options page). */
export async function autoScanAllowed(): Promise<boolean> {
  const api = ((globalThis as {browser?: StorageLike}).browser ??
    (globalThis as unknown as {chrome: StorageLike}).chrome) as StorageLike;
  try {
    return readSettings(await api.storage.local.get('settings')).autoScan;
  } catch {
    return true;
  }
}
