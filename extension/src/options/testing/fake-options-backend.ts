// Test double of the options page's backend: settings and granted sites in memory, requests recorded.
import type {Settings} from '../../shared/settings.ts';
import type {OptionsBackend} from '../options-backend.ts';

export class FakeOptionsBackend implements OptionsBackend {
  settings: Settings = {autoScan: true};
  granted: string[] = [];
  readonly requested: string[] = [];
  readonly removed: string[] = [];
  /** Whether the adviser accepts the browser's permission prompt. */
  accept = true;

  async readSettings() {
    return this.settings;
  }
  async writeSettings(settings: Settings) {
    this.settings = settings;
  }
  async grantedSites() {
    return [...this.granted];
  }
  async requestSite(pattern: string) {
    this.requested.push(pattern);
    if (this.accept) this.granted.push(pattern);
    return this.accept;
  }
  async removeSite(pattern: string) {
    this.removed.push(pattern);
    this.granted = this.granted.filter((p) => p !== pattern);
    return true;
  }
}
