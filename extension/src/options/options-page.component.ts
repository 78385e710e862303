import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {REGISTRY_HOSTS} from '@ti-toolkit/core/page-companies';
import type {Settings} from '../shared/settings.ts';
import {langOf} from '../sidepanel/panel-lang.ts';
import type {OptionsBackend} from './options-backend.ts';
import {optionsPageStyles} from './options-page.styles.ts';
import {themeStyles} from '@ti-toolkit/components/styles';
import {formStyles} from '../shared/form.styles.ts';
import {translations} from './options-page.translations.ts';
import {readSite, type SiteProblem} from './site-pattern.ts';

/** The registries as the adviser knows them: one entry per site, "www." or not. */
const REGISTRY_SITES = [
  ...new Set(REGISTRY_HOSTS.map((host) => host.replace(/^www\./, ''))),
];

/** "https://example.fr/*" → "https://example.fr", as the adviser typed it. */
const siteOf = (pattern: string) => pattern.replace(/\/\*$/, '');

interface Feedback {
  tone: 'ok' | 'error';
  text: string;
}

/**
 * @tag ti-adviser-options
 * @summary The extension's options page: what leaves the browser, the automatic scanning setting, the sites
 * scanned automatically (the registries and the sites the adviser granted, with add and remove) and scanning on click.
 */
export class TiAdviserOptions extends LitElement {
  static override styles = [themeStyles, formStyles, optionsPageStyles];

  @state() private settings: Settings | null = null;
  @state() private granted: string[] = [];
  @state() private problem: SiteProblem | null = null;
  @state() private feedback: Feedback | null = null;

  /** The browser behind the page: extension APIs in the options page, a fake in tests. */
  @property({attribute: false}) backend: OptionsBackend | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('backend')) void this.read();
  }

  private async read(): Promise<void> {
    if (!this.backend) return;
    const [settings, granted] = await Promise.all([
      this.backend.readSettings(),
      this.backend.grantedSites(),
    ]);
    this.settings = settings;
    this.granted = granted;
  }

  private async handleAutoScan(event: Event): Promise<void> {
    const autoScan = (event.target as HTMLInputElement).checked;
    const t = translations[langOf(this)];
    try {
      await this.backend!.writeSettings({...this.settings!, autoScan});
      this.settings = {...this.settings!, autoScan};
      this.feedback = {tone: 'ok', text: t.saved};
    } catch {
      this.feedback = {tone: 'error', text: t.saveFailed};
    }
  }

  private async handleAdd(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = translations[langOf(this)];
    const input = new FormData(event.currentTarget as HTMLFormElement).get(
      'site'
    );
    const site = readSite(String(input ?? ''));
    this.feedback = null;
    this.problem = site.ok ? null : site.reason;
    if (!site.ok || !this.backend) return;
    const {host, pattern} = site.value;
    if (REGISTRY_SITES.includes(host.replace(/^www\./, ''))) {
      this.feedback = {tone: 'ok', text: t.alreadyRegistry(host)};
      return;
    }
    // The browser shows its permission prompt only in answer to the click: no await before this call.
    const granted = await this.backend.requestSite(pattern).catch(() => false);
    this.feedback = granted
      ? {tone: 'ok', text: t.added(host)}
      : {tone: 'error', text: t.refused(host)};
    if (granted) (event.target as HTMLFormElement).reset();
    this.granted = await this.backend.grantedSites();
  }

  private async handleRemove(pattern: string): Promise<void> {
    const t = translations[langOf(this)];
    const site = siteOf(pattern);
    const removed = await this.backend!.removeSite(pattern).catch(() => false);
    this.feedback = removed
      ? {tone: 'ok', text: t.removed(site)}
      : {tone: 'error', text: t.removeFailed(site)};
    this.granted = await this.backend!.grantedSites();
  }

  override render() {
    const t = translations[langOf(this)];
    return html`<h1>${t.title}</h1>
      <section aria-labelledby="ti-privacy">
        <h2 id="ti-privacy">${t.privacyHeading}</h2>
        ${t.privacy.map((paragraph) => html`<p>${paragraph}</p>`)}
      </section>
      <section aria-labelledby="ti-auto">
        <h2 id="ti-auto">${t.autoHeading}</h2>
        <label class="ti-check">
          <input
            type="checkbox"
            aria-describedby="ti-auto-hint"
            .checked=${this.settings?.autoScan ?? false}
            ?disabled=${this.settings === null}
            @change=${(e: Event) => void this.handleAutoScan(e)}
          />
          ${t.autoScan}
        </label>
        <p id="ti-auto-hint" class="ti-muted">${t.autoScanHint}</p>
      </section>
      <section aria-labelledby="ti-sites">
        <h2 id="ti-sites">${t.registriesHeading}</h2>
        <p>${t.registries}</p>
        <ul class="ti-registries">
          ${REGISTRY_SITES.map((host) => html`<li>${host}</li>`)}
        </ul>
        <h3>${t.grantedHeading}</h3>
        ${this.renderGranted(t)} ${this.renderAdd(t)}
      </section>
      <section aria-labelledby="ti-click">
        <h2 id="ti-click">${t.clickHeading}</h2>
        <p>${t.click}</p>
      </section>`;
  }

  private renderGranted(t: (typeof translations)['fr']) {
    if (this.granted.length === 0)
      return html`<p class="ti-muted">${t.noneGranted}</p>`;
    return html`<ul class="ti-granted">
      ${this.granted.map(
        (pattern) =>
          html`<li>
            <span>${siteOf(pattern)}</span>
            <button
              type="button"
              aria-label=${t.removeLabel(siteOf(pattern))}
              @click=${() => void this.handleRemove(pattern)}
            >
              ${t.remove}
            </button>
          </li>`
      )}
    </ul>`;
  }

  private renderAdd(t: (typeof translations)['fr']) {
    return html`<form
        class="ti-add"
        @submit=${(e: SubmitEvent) => void this.handleAdd(e)}
      >
        <label for="ti-site">${t.addLabel}</label>
        <p id="ti-site-hint" class="ti-muted">${t.addHint}</p>
        <div class="ti-row">
          <input
            id="ti-site"
            name="site"
            type="text"
            inputmode="url"
            autocomplete="url"
            spellcheck="false"
            aria-describedby="ti-site-hint ti-site-problem"
            aria-invalid=${this.problem ? 'true' : 'false'}
          />
          <button type="submit">${t.add}</button>
        </div>
        <p id="ti-site-problem" class="ti-problem" role="status">
          ${this.problem ? t.problems[this.problem] : nothing}
        </p>
      </form>
      <p
        class="ti-feedback"
        role="status"
        data-tone=${this.feedback?.tone ?? nothing}
      >
        ${this.feedback?.text ?? nothing}
      </p>`;
  }
}
