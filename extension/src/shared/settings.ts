/** The adviser's choices, in storage.local under "settings" (read by the content script and the options page). */
export interface Settings {
  /** Scan registry sites and granted sites on every visit; when off, only a click scans. */
  autoScan: boolean;
}

export const DEFAULT_SETTINGS: Settings = {autoScan: true};

/** The settings from storage, with defaults for anything missing or malformed. */
export function readSettings(stored: Record<string, unknown>): Settings {
  const value = stored.settings as Partial<Settings> | undefined;
  return {
    autoScan:
      typeof value?.autoScan === 'boolean'
        ? value.autoScan
        : DEFAULT_SETTINGS.autoScan,
  };
}
