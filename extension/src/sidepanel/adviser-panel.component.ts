import type {Company} from '@ti-toolkit/core/company-api';
import {
  addressChoiceFor,
  companyVerdict,
  type CompanyVerdict,
} from '@ti-toolkit/core/company-territory';
import {
  findGroupement,
  loadPerimeter,
  type Perimeter,
} from '@ti-toolkit/core/places';
import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {AddressChoice} from '../messages/message-map.ts';
import {
  identifierFor,
  type LookupRecord,
  type TabState,
} from '../shared/tab-state.ts';
import {adviserPanelStyles} from './adviser-panel.styles.ts';
import {themeStyles} from '@ti-toolkit/components/styles';
import {formStyles} from '../shared/form.styles.ts';
import {LIST_CHECK_URL} from '../shared/list-check-url.ts';
import {translations} from './adviser-panel.translations.ts';
import {renderCompanies} from './companies.template.ts';
import {renderCompany, type CopyState} from './company.template.ts';
import {fundingSize} from './funding-size.ts';
import {renderListCheck} from './list-check.template.ts';
import {lookupMessage, renderLookup} from './lookup.template.ts';
import type {PanelBackend} from './panel-backend.ts';
import {langOf} from './panel-lang.ts';
import {pageMessage, renderPage, type ScanState} from './page.template.ts';
import {readSearchQuery} from './search-query.ts';
import {renderSearch, type SearchProblem} from './search.template.ts';
import {companySummary} from './summary.ts';
import {renderVerdict, verdictSentence} from './verdict.template.ts';

/**
 * @tag ti-adviser-panel
 * @summary The extension's side panel (Chrome) and sidebar (Firefox): the companies of the tab, the choice of
 * company and address, the lookup's state, the company, the verdict with its proof, the applicable aid, the links that
 * hand the company on to an adviser and to the public directory, a copyable summary, a manual search and the link to
 * the list check. Everything it reads or sends goes through `backend`.
 */
/** How long the adviser rests on a company before it is chosen (and looked up). */
export const CHOICE_DELAY_MS = 400;

export class TiAdviserPanel extends LitElement {
  static override styles = [themeStyles, formStyles, adviserPanelStyles];

  @state() private loaded = false;
  @state() private readFailed = false;
  @state() private tabId: number | null = null;
  @state() private tab: TabState | null = null;
  @state() private record: LookupRecord | null = null;
  /** Looked up from the search box when no tab is concerned: the worker then keeps it in no tab state. */
  @state() private manualIdentifier: string | null = null;
  @state() private perimeter: Perimeter | null = null;
  @state() private perimeterFailed = false;
  @state() private scan: ScanState = 'idle';
  @state() private copy: CopyState = {status: 'idle'};
  @state() private place = '';
  @state() private searchProblem: SearchProblem | null = null;
  /** The company the adviser is moving to (arrows in the radio group) before the choice is sent. */
  @state() private choosing: string | null = null;
  private chooseTimer: ReturnType<typeof setTimeout> | undefined;

  /** The browser behind the panel: extension APIs in the panel page, a fake in tests. */
  @property({attribute: false}) backend: PanelBackend | null = null;
  /** The list-check page the panel links to; null shows no link. */
  @property({attribute: false}) listCheckUrl: string | null = LIST_CHECK_URL;

  private unsubscribe: (() => void) | null = null;
  private reading = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
    loadPerimeter().then(
      (perimeter) => (this.perimeter = perimeter),
      () => (this.perimeterFailed = true)
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.chooseTimer);
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('backend') && this.isConnected) this.listen();
  }

  private listen(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.backend?.subscribe(() => void this.read()) ?? null;
    void this.read();
  }

  /** Reads the tab and its lookup again; a read overtaken by a newer one is dropped. */
  private async read(): Promise<void> {
    const backend = this.backend;
    if (!backend) return;
    const run = ++this.reading;
    try {
      const tabId = await backend.currentTabId();
      const tab = tabId === null ? null : await backend.readTab(tabId);
      const identifier = tab ? identifierFor(tab) : this.manualIdentifier;
      const record = identifier ? await backend.readLookup(identifier) : null;
      if (run !== this.reading) return;
      if (tabId !== this.tabId) {
        this.scan = 'idle';
        this.copy = {status: 'idle'};
      }
      Object.assign(this, {tabId, tab, record, readFailed: false});
      if (tab?.chosen?.siren === this.choosing) this.choosing = null;
    } catch {
      if (run === this.reading) this.readFailed = true;
    }
    if (run === this.reading) this.loaded = true;
  }

  private identifier(): string | null {
    return this.tab ? identifierFor(this.tab) : this.manualIdentifier;
  }

  private company(): Company | null {
    const result =
      this.record?.status === 'done' ? this.record.result : undefined;
    return result?.ok ? result.value : null;
  }

  private addressChoice(): AddressChoice {
    if (this.tab?.chosen) return this.tab.chosen.address;
    // A typed SIRET names its establishment.
    const typed = this.manualIdentifier;
    return addressChoiceFor(typed?.length === 14 ? typed : null);
  }

  private verdict(company: Company): CompanyVerdict | null {
    return this.perimeter
      ? companyVerdict(this.perimeter, company, this.addressChoice())
      : null;
  }

  /**
   * Arrows move through a radio group and check each company passed: the choice is sent once the adviser
   * stops on one (CHOICE_DELAY_MS), so that passing by does not look each company up.
   */
  private handleChooseCompany(siren: string): void {
    this.choosing = siren;
    clearTimeout(this.chooseTimer);
    this.chooseTimer = setTimeout(
      () => this.sendChoice(siren),
      CHOICE_DELAY_MS
    );
  }

  private sendChoice(siren: string): void {
    const company = this.tab?.companies.find((c) => c.siren === siren);
    if (this.tabId === null || !company) return;
    void this.backend?.send('choose-company', {
      tabId: this.tabId,
      siren,
      address: addressChoiceFor(company.siret),
    });
  }

  /** The tab as the radio group shows it: the company being chosen checked already. */
  private shownTab(tab: TabState): TabState {
    const company = tab.companies.find((c) => c.siren === this.choosing);
    if (!company) return tab;
    return {
      ...tab,
      chosen: {siren: company.siren, address: addressChoiceFor(company.siret)},
    };
  }

  private handleChooseAddress(address: AddressChoice): void {
    const siren = this.tab?.chosen?.siren;
    if (this.tabId === null || !siren) return;
    void this.backend?.send('choose-company', {
      tabId: this.tabId,
      siren,
      address,
    });
  }

  private handleRetry(): void {
    const identifier = this.identifier();
    if (identifier) void this.backend?.send('retry', {identifier});
  }

  private async handleScan(): Promise<void> {
    if (this.tabId === null || !this.backend) return;
    this.scan = 'idle';
    const answer = await this.backend
      .send('scan-tab', {tabId: this.tabId})
      .catch(() => ({ok: false}));
    this.scan = answer.ok ? 'started' : 'failed';
  }

  private async handleCopy(
    company: Company,
    verdict: CompanyVerdict
  ): Promise<void> {
    const text = companySummary({
      company,
      verdict,
      intercommunality: this.intercommunality(verdict),
      vintage: this.perimeter!.vintage,
      date: new Date(),
      lang: langOf(this),
    });
    this.copy = {status: 'idle'};
    try {
      await this.backend!.copyText(text);
      this.copy = {status: 'copied'};
    } catch {
      this.copy = {status: 'failed', text};
    }
  }

  private intercommunality(verdict: CompanyVerdict): string | null {
    const siren = verdict.address?.epciSiren;
    return siren && this.perimeter
      ? (findGroupement(this.perimeter, siren)?.name ?? null)
      : null;
  }

  private async handleSearch(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const query = readSearchQuery(
      String(new FormData(form).get('query') ?? '')
    );
    this.searchProblem =
      query.kind === 'empty' || query.kind === 'invalid-number'
        ? query.kind
        : null;
    if (query.kind === 'place') this.place = query.place;
    if (query.kind !== 'company' || !this.backend) return;
    this.place = '';
    if (this.tabId === null) this.manualIdentifier = query.identifier;
    const answer = await this.backend
      .send('look-up', {tabId: this.tabId, identifier: query.identifier})
      .catch(() => ({ok: true}) as const);
    if (!answer.ok)
      this.searchProblem =
        answer.error === 'storage-full' ? 'storage-full' : 'no-identifier';
    void this.read();
  }

  /** One sentence for the live region: the state that matters most right now. */
  private announcement(
    company: Company | null,
    verdict: CompanyVerdict | null
  ): string {
    const t = translations[langOf(this)];
    if (!this.loaded) return '';
    if (this.readFailed) return t.readFailed;
    if (verdict) return verdictSentence(t, verdict);
    if (this.identifier() && !company)
      return lookupMessage(t, this.record) ?? '';
    // Companies and none chosen: why the page gave no default (only its host…), then the question.
    if (this.tab && this.tab.companies.length > 0 && !this.tab.chosen) {
      const reason = this.tab.choiceReason
        ? t.askReason[this.tab.choiceReason]
        : undefined;
      const question = t.chooseCompany(this.tab.companies.length);
      return reason ? `${reason} ${question}` : question;
    }
    return pageMessage(t, this.tabId, this.tab) ?? '';
  }

  override render() {
    const t = translations[langOf(this)];
    const company = this.company();
    const verdict = company ? this.verdict(company) : null;
    const identifier = this.identifier();
    return html`<h1>${t.title}</h1>
      <p class="ti-visually-hidden" role="status" aria-live="polite">
        ${this.announcement(company, verdict)}
      </p>
      ${this.loaded ? this.renderState(company, verdict, identifier) : html`<p class="ti-muted">${t.reading}</p>`}
      ${renderSearch(t, this.place, this.searchProblem, (e) => void this.handleSearch(e))}
      ${renderListCheck(t, this.listCheckUrl)}`;
  }

  private renderState(
    company: Company | null,
    verdict: CompanyVerdict | null,
    identifier: string | null
  ) {
    const t = translations[langOf(this)];
    if (this.readFailed) return html`<p class="ti-message">${t.readFailed}</p>`;
    return html`${renderPage(t, this.tabId, this.tab, this.scan, {
      scan: () => void this.handleScan(),
      openOptions: () => void this.backend?.openOptions(),
    })}
    ${
      this.tab
        ? renderCompanies(t, this.shownTab(this.tab), {
            company: (siren) => this.handleChooseCompany(siren),
            address: (choice) => this.handleChooseAddress(choice),
          })
        : nothing
    }
    ${identifier && !company ? renderLookup(t, this.record, () => this.handleRetry()) : nothing}
    ${company ? this.renderFound(company, verdict) : nothing}`;
  }

  private renderFound(company: Company, verdict: CompanyVerdict | null) {
    const t = translations[langOf(this)];
    if (!verdict)
      return html`<p class="ti-message">
        ${this.perimeterFailed ? t.perimeterFailed : t.loadingPerimeter}
      </p>`;
    return html`${renderCompany(t, company, verdict, this.copy, () => void this.handleCopy(company, verdict))}
    ${renderVerdict(
      t,
      verdict,
      fundingSize(company.size),
      company.activity?.code ?? null
    )}`;
  }
}
