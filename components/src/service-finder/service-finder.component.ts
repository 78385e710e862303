import {readAsText} from '../internal/text-properties.ts';
import {checkTheme, type Theme} from '../internal/theme.ts';
import {FACETS, loadCatalogue, type Facet} from '@ti-toolkit/core/catalogue';
import type {Catalogue} from '@ti-toolkit/data/catalogue';
import {html, LitElement, type PropertyValues} from 'lit';
import {live} from 'lit/directives/live.js';
import {TiFiltersChangeEvent} from '../events/filters-change.ts';
import {LangController} from '../i18n/lang.ts';
import {LoadController} from '../internal/load-controller.ts';
import {renderLoadState} from '../internal/load-state.ts';
import {adoptLazyStyles} from '../internal/lazy-styles.ts';
import {controlStyles} from '../styles/controls.styles.ts';
import {themeStyles} from '../styles/theme.styles.ts';
import {
  parseFilters,
  readUrlState,
  SYNCED_KEYS,
  urlPrefix,
  toggleValue,
  UrlStateWriter,
  type ParsedFilters,
} from './filter-state.ts';
import {PlaceController} from '../internal/place-controller.ts';
import type * as Templates from './templates.ts';
import {ResultList} from './result-list.ts';
import type {SortOrder} from './sort-results.ts';
import {DEFAULT_REPORT_URL} from '../internal/report-url.ts';

interface Loaded {
  catalogue: Catalogue;
  templates: typeof Templates;
}

// The templates (search, place, filters, results) and their words come with the catalogue: nothing shows before it.
const loadWithTemplates = async (): Promise<Loaded> => {
  const [catalogue, templates] = await Promise.all([
    loadCatalogue(),
    import('./templates.ts'),
  ]);
  return {catalogue, templates};
};
import {SearchController} from './search-controller.ts';
import {serviceFinderTokens} from './service-finder.styles.ts';
import {translations} from './service-finder.translations.ts';

/** Attributes whose removal means "empty", not null. */
const text = {fromAttribute: (value: string | null) => value ?? ''};

/**
 * @tag ti-service-finder
 * @summary The basket of services of the Territoires d'industrie programme: search as you type, filters with counts
 * (priority, beneficiary, kind, operator, status) and a place (commune, postcode, INSEE code, SIREN or SIRET) that
 * says whether it is in a territory and which services it can get there. French by default; English with `lang="en"`
 * on the element or an ancestor.
 *
 * @csspart base - The wrapper.
 * @csspart invalid - The alert listing attribute values that are not valid.
 * @csspart search - The search field and its label.
 * @csspart search-input - The search input.
 * @csspart place - The place form, its verdict and choices.
 * @csspart place-input - The place input.
 * @csspart place-button - The button that checks the place.
 * @csspart place-answer - The verdict on the place (a polite live region).
 * @csspart verdict - The verdict's headline (`data-status` says which).
 * @csspart reason - Why, with the data vintage.
 * @csspart candidates - The choices of an ambiguous place.
 * @csspart candidate - One choice button.
 * @csspart company-unreachable - What to do when a company's SIREN or SIRET could not be located (offline alternatives, retry).
 * @csspart place-retry - The button that tries again (the place tables, or the company directory).
 * @csspart filters - The foldable filter panel (`details`).
 * @csspart filters-summary - Its summary, which folds and unfolds it.
 * @csspart facet - One filter group (fieldset).
 * @csspart option - One filter option (label with its checkbox).
 * @csspart option-count - The number of services an option gives.
 * @csspart clear-button - The button that clears the search and the filters.
 * @csspart results - The results area.
 * @csspart count - The visible number of results.
 * @csspart sort - The sort order, its label and select.
 * @csspart sort-select - The select of the sort order.
 * @csspart list - The list of results.
 * @csspart result - One service (article), compact until its title is pressed.
 * @csspart title - A service's title (a heading).
 * @csspart toggle - The button in the title that shows or hides the service's details (`aria-expanded`).
 * @csspart meta - The compact line: status, kind, headline amount and availability.
 * @csspart status - A service's status (`data-status` says which).
 * @csspart badge - The status badge.
 * @csspart kind - The kind of help.
 * @csspart headline-amount - The main amount (`data-confirmed`).
 * @csspart availability - Whether the service is reserved to territories, and available for the place.
 * @csspart more - The details of a service, shown on demand.
 * @csspart status-note - What is not confirmed, or why it is closed.
 * @csspart summary - A service's summary.
 * @csspart scope - Which territories a service selected by a call is for.
 * @csspart details - Operators, beneficiaries, amounts and dates.
 * @csspart amounts - The amounts.
 * @csspart dates - The dates and deadline.
 * @csspart apply - How to apply.
 * @csspart source - The publisher and date of the entry's newest source.
 * @csspart sources - All the entry's sources, disclosed on demand.
 * @csspart report - The link to report an error in the entry.
 * @csspart show-more - The button that shows the next results.
 * @csspart review-notice - The warning shown when the catalogue's last review is over six months old.
 * @csspart empty - The empty state.
 *
 * @cssproperty --ti-service-finder-gap - Space between blocks and results.
 * @cssproperty --ti-service-finder-padding - Space inside a result.
 * @cssproperty --ti-service-finder-background - Result background.
 * @cssproperty --ti-service-finder-border-color - Borders of results, fields and filter groups.
 * @cssproperty --ti-service-finder-radius - Corner radius.
 * @cssproperty --ti-service-finder-accent - Colour of buttons and links.
 * @cssproperty --ti-service-finder-title-size - Font size of result titles.
 * @cssproperty --ti-service-finder-filters-width - Width of the filter panel beside the results on wide containers.
 *
 * @fires ti-filters-change - The user changed the text or a filter (never on attribute changes); `detail.elementId` is the element's id (null without one).
 * @fires ti-place-resolve - A place (typed, chosen among candidates, or from the `place` attribute) was resolved; `detail.elementId` is the element's id (null without one).
 */
export class TiServiceFinder extends LitElement {
  // The loading line and its retry button; the rest of the styles come with the templates (templates.ts).
  static override styles = [themeStyles, controlStyles, serviceFinderTokens];
  static override properties = {
    filtersOpen: {state: true, attribute: false},
    query: {converter: text},
    priority: {converter: text},
    beneficiary: {converter: text},
    kind: {converter: text},
    operator: {converter: text},
    status: {converter: text},
    place: {converter: text},
    theme: {reflect: true},
    urlSync: {type: Boolean, attribute: 'url-sync'},
    companyApi: {attribute: 'company-api'},
    noPlace: {type: Boolean, attribute: 'no-place'},
    reportUrl: {attribute: 'report-url'},
    source: {converter: text},
    headingLevel: {type: Number, attribute: 'heading-level'},
    sort: {},
  };

  private readonly langController = new LangController(this);
  private readonly catalogue = new LoadController<Loaded>(
    this,
    loadWithTemplates
  );
  private readonly placeController = new PlaceController(
    this,
    undefined,
    () => this.companyApi
  );
  private readonly searchController = new SearchController(this, (count) =>
    translations[this.langController.lang].count(count)
  );
  private readonly list = new ResultList(this);
  private readonly urlWriter = new UrlStateWriter();

  private get searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#ti-search');
  }
  private get placeInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#ti-place');
  }

  /** The filter panel starts folded on narrow screens, where it would push the results far down. */
  private filtersOpen = matchMedia('(min-width: 48em)').matches;

  /** Free text to search, as typed. */
  query = '';
  /** Priority ids to filter on, comma-separated (ecological-transition, innovation, skills-recruitment, industrial-land). */
  priority = '';
  /** Beneficiaries to filter on, comma-separated (company, local-authority…). */
  beneficiary = '';
  /** Kinds of help to filter on, comma-separated (funding, engineering, support, recruitment, land). */
  kind = '';
  /** Operators to filter on, comma-separated (anct, bpifrance, ademe…). */
  operator = '';
  /** Statuses to filter on, comma-separated (open, running, upcoming, unconfirmed, closed). */
  status = '';
  /** A place to check: commune name, postcode, INSEE code, SIREN (intercommunality or company) or SIRET; prefixes insee:, cp:, siren:, siret:, nom:. The field shows it as people write it once resolved ("Saint-Denis (93) — Seine-Saint-Denis"); this property keeps what was given. */
  place = '';
  /** `auto` (follows the system's dark mode), `light`, `dark` or `sober`; another value falls back to `auto` with a console warning. */
  theme: Theme = 'auto';
  /** Reads its state from the page URL and keeps it there (`ti-query`…, or `ti-<id>-query`… with an id), without new history entries. */
  urlSync = false;
  /** Origin of the company API asked for a company's SIREN or SIRET (a mirror, a test server); `none` asks nothing. Defaults to the public API Recherche d'entreprises. */
  companyApi = '';
  /** Hides the place input (a `place` attribute still applies). */
  noPlace = false;
  /** Address of "Report an error", `{scheme}` standing for the scheme's id; https, defaults to the toolkit's report page (its English version when the component speaks English). */
  reportUrl = DEFAULT_REPORT_URL;
  /** Your site's name, for attribution: "how to apply" links then carry `utm_source=<source>&utm_medium=ti-embed` (replacing theirs); off when absent. */
  source = '';
  /** Heading level of the result titles, 2 to 6. */
  headingLevel = 3;
  /** Order of the results: `relevance` (default), `deadline` (soonest closing date first) or `amount` (largest first). */
  sort: SortOrder = 'relevance';

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlSync)
      Object.assign(this, readUrlState(location.search, urlPrefix(this.id)));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.urlWriter.flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    readAsText(this, [
      'query',
      'priority',
      'beneficiary',
      'kind',
      'operator',
      'status',
      'place',
      'reportUrl',
      'sort',
      'source',
      'companyApi',
      'theme',
    ]);
    if (changed.has('theme')) checkTheme(this);
    if (changed.has('place') && this.place !== this.placeController.input)
      void this.placeController.resolve(this.place);
    const state = this.catalogue.state;
    if (state.status === 'ready')
      adoptLazyStyles(this, state.value.templates.styles);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Whatever changed the state (the user, a priority card, a script), the URL follows.
    if (this.urlSync && SYNCED_KEYS.some((key) => changed.has(key)))
      this.writeUrl();
  }

  private handleSearchInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    void this.userChanged();
  }

  private handleFacetChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'checkbox') return;
    const facet = input.name as Facet;
    const selected = this.parsed().filters[facet] ?? [];
    this[facet] = toggleValue(selected, input.value, input.checked);
    void this.userChanged();
  }

  private handleClear(): void {
    this.query = '';
    for (const facet of FACETS) this[facet] = '';
    void this.userChanged();
    this.searchInput?.focus();
  }

  private handlePlaceSubmit(event: SubmitEvent): void {
    event.preventDefault();
    // The field shows the place's label once resolved: submitting it unchanged keeps the place.
    void this.choosePlace(
      this.placeController.submitted(
        this.placeInput?.value ?? '',
        this.langController.lang
      )
    );
  }

  private async choosePlace(input: string): Promise<void> {
    this.place = input;
    await this.placeController.resolve(input);
  }

  private async handleCandidate(input: string): Promise<void> {
    await this.choosePlace(input);
    await this.updateComplete;
    // The chosen button is gone: the focus goes to the verdict, so that it is read out.
    const answer = this.renderRoot.querySelector<HTMLElement>(
      '[part="place-answer"]'
    );
    (answer ?? this.placeInput)?.focus();
  }

  private readonly handleSort = (order: SortOrder): void => {
    this.sort = order;
  };

  private readonly handleMore = (): void => {
    const state = this.catalogue.state;
    if (state.status !== 'ready') return;
    const {catalogue, templates} = state.value;
    const lang = this.langController.lang;
    void this.list.showMore(
      this.search(catalogue, this.parsed()),
      (shown, total) =>
        this.searchController.announce(templates.shownText(lang, shown, total))
    );
  };

  private async userChanged(): Promise<void> {
    // The count is that of the text typed: wait for the search index if the first keystroke is loading it.
    await this.updateComplete;
    const state = this.catalogue.state;
    if (state.status !== 'ready') return;
    const parsed = this.parsed();
    const count = this.search(state.value.catalogue, parsed).hits.length;
    this.dispatchEvent(
      new TiFiltersChangeEvent(
        {query: this.query, filters: parsed.filters, count},
        this
      )
    );
  }

  private writeUrl(): void {
    const {query, place, priority, beneficiary, kind, operator, status} = this;
    this.urlWriter.schedule(
      {
        query,
        place,
        priority,
        beneficiary,
        kind,
        operator,
        status,
      },
      urlPrefix(this.id)
    );
  }

  private parsed(): ParsedFilters {
    return parseFilters(this);
  }

  private search(catalogue: Catalogue, parsed: ParsedFilters) {
    const lang = this.langController.lang;
    return this.searchController.search(catalogue, this.query, parsed, lang);
  }

  /** `updateComplete` also waits for the search index when a text needs it, so that callers see its results. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    await this.searchController.settled();
    if (this.isUpdatePending) complete = await super.getUpdateComplete();
    return complete;
  }

  override render() {
    const lang = this.langController.lang;
    const t = translations[lang];
    const state = this.catalogue.state;
    if (state.status !== 'ready')
      return renderLoadState(state, t, () => void this.catalogue.retry());
    const {catalogue, templates} = state.value;
    const words = templates.templateTexts[lang];
    const parsed = this.parsed();
    const results = this.search(catalogue, parsed);
    return html`<div part="base">
      ${templates.renderReviewNotice(catalogue, lang)}
      ${templates.renderInvalid(parsed, words)}
      <div part="search">
        <label for="ti-search">${words.searchLabel}</label>
        <input
          id="ti-search"
          part="search-input"
          type="search"
          autocomplete="off"
          aria-describedby="ti-search-hint"
          .value=${live(this.query)}
          @input=${this.handleSearchInput}
        />
        <span id="ti-search-hint" class="ti-hint">${words.searchHint}</span>
      </div>
      ${templates.renderPlace({
        lang,
        t: words,
        state: this.placeController.state,
        value: this.placeController.fieldValue(lang, this.place),
        noInput: this.noPlace,
        onSubmit: (event) => this.handlePlaceSubmit(event),
        onChoose: (input) => void this.handleCandidate(input),
        onRetry: () => void this.placeController.retry(),
      })}
      <div class="ti-layout">
        ${templates.renderFilters({
          catalogue,
          parsed,
          results,
          lang,
          t: words,
          active:
            this.query.trim() !== '' || Object.keys(parsed.filters).length > 0,
          open: this.filtersOpen,
          onToggle: (open) => (this.filtersOpen = open),
          onChange: (event) => this.handleFacetChange(event),
          onClear: () => this.handleClear(),
        })}
        ${templates.renderResults(results, this.searchController.announcement, {
          catalogue,
          lang,
          t,
          level: Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3)),
          place: this.placeController.settled,
          region: this.placeController.region,
          reportUrl: String(this.reportUrl ?? ''),
          source: this.source,
          sort: this.sort,
          expanded: this.list.expanded,
          limit: this.list.limit(results),
          onSort: this.handleSort,
          onToggle: this.list.toggle,
          onMore: this.handleMore,
          onClear: () => this.handleClear(),
        })}
      </div>
    </div>`;
  }
}
