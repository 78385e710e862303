import type {Settings} from '../shared/settings.ts';

/** What the options page needs from the browser: main.ts passes the extension's APIs, tests a fake. */
export interface OptionsBackend {
  readSettings(): Promise<Settings>;
  writeSettings(settings: Settings): Promise<void>;
  /** The sites the adviser granted (optional host permissions), as match patterns. */
  grantedSites(): Promise<string[]>;
  /** Asks the browser for a site; resolves false when the adviser refuses. Must run in the click's turn. */
  requestSite(pattern: string): Promise<boolean>;
  removeSite(pattern: string): Promise<boolean>;
}
