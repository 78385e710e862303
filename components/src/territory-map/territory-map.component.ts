import type {GeometryPhase, TerritoryShape} from '@ti-toolkit/data/geometry';
import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {TiTerritorySelectEvent} from '../events/territory-select.ts';
import {LangController} from '../i18n/lang.ts';
import {LoadController} from '../internal/load-controller.ts';
import type {PlaceController} from '../internal/place-controller.ts';
import type * as PlaceApi from './territory-map.place.ts';
import {readAsText} from '../internal/text-properties.ts';
import {checkTheme, type Theme} from '../internal/theme.ts';
import {themeStyles} from '../styles/theme.styles.ts';
import {
  CURRENT_PHASE,
  findRegion,
  LOADERS,
  PHASES,
  searchTerritories,
  type MapData,
} from './territory-map.geometry.ts';
import {territoryMapStyles} from './territory-map.styles.ts';
import {renderSearch, TerritorySearch} from './territory-map.search.ts';
import {renderMap, type Highlight} from './territory-map.svg.ts';
import {translations} from './territory-map.translations.ts';

const warned = new Set<string>();

type PlaceModule = typeof PlaceApi;
// A failed download is forgotten, so that the next place tries again.
let placeCode: Promise<PlaceModule> | null = null;
const loadPlaceCode = () =>
  (placeCode ??= import('./territory-map.place.ts').catch((error: unknown) => {
    placeCode = null;
    throw error;
  }));

/**
 * @tag ti-territory-map
 * @summary The map of the Territoires d'industrie: every territory of a phase, one highlighted and framed (by id or by
 * a place), with a searchable list that drives the map from the keyboard.
 *
 * @csspart base - The whole component.
 * @csspart label - The label of the search field.
 * @csspart search - The search field (a combobox) that finds a territory by name or id.
 * @csspart options - The list of the territories found.
 * @csspart option - One territory in the list; `option active` for the one the arrow keys are on.
 * @csspart map - The SVG map.
 * @csspart territory - A territory's shape (dots for the communes some 2018-2022 territories list as points).
 * @csspart highlight - The highlighted territory, drawn over the others.
 * @csspart pointer - The territory under the pointer or the arrow keys.
 * @csspart region - A region's outline.
 * @csspart inset - The frame of an overseas department.
 * @csspart tooltip - The name shown on the map for the territory pointed at, or the highlighted one.
 * @csspart caption - What the map shows and highlights, in words (the map's text alternative).
 * @csspart place - The place's answer: in which territory it is, or why it is in none.
 * @csspart candidates - The choices when a place is ambiguous.
 * @csspart company-unreachable - What to do when a company's SIREN or SIRET could not be located.
 * @csspart place-retry - The button that asks again.
 * @csspart reset - The button that goes back to the whole map.
 * @csspart source - Where the outlines come from.
 *
 * @cssproperty --ti-territory-map-land - Fill of the land outside the territories.
 * @cssproperty --ti-territory-map-fill - Fill of a territory.
 * @cssproperty --ti-territory-map-border - Border between territories.
 * @cssproperty --ti-territory-map-region-border - Region outlines and inset frames.
 * @cssproperty --ti-territory-map-highlight - Fill of the highlighted territory.
 * @cssproperty --ti-territory-map-pointer - Outline of the territory pointed at.
 * @cssproperty --ti-territory-map-max-width - Largest width of the map.
 * @cssproperty --ti-territory-map-zoom-duration - Length of the zoom onto a territory (none when the system asks for reduced motion).
 *
 * @fires ti-territory-select - The user chose a territory on the map or in the list (`detail.territory` and `detail.phase`), or went back to the whole map (`territory` null); `detail.elementId` is the element's id (null without one).
 * @fires ti-place-resolve - The `place` attribute was resolved; `detail.elementId` is the element's id (null without one).
 */
export class TiTerritoryMap extends LitElement {
  static override styles = [themeStyles, territoryMapStyles];
  static override properties = {
    placeCodeFailed: {state: true, attribute: false},
    pointed: {state: true, attribute: false},
    territory: {reflect: true},
    place: {reflect: true},
    region: {reflect: true},
    phase: {reflect: true},
    companyApi: {attribute: 'company-api'},
    theme: {reflect: true},
  };

  private readonly langController = new LangController(this);
  private readonly search = new TerritorySearch(this);
  /** Made with the place code, on the first place: a map without one never downloads it. */
  private placeController: PlaceController | null = null;
  private renderPlace: PlaceModule['renderPlace'] | null = null;
  /** One loader per phase, made when the phase is first shown. */
  private readonly maps = new Map<GeometryPhase, LoadController<MapData>>();

  /** The place code could not be downloaded (offline page): an error with a retry, never a spinner. */
  private placeCodeFailed = false;
  /** The territory under the pointer, on the map or in the list. */
  private pointed: string | null = null;

  /** The id of the territory to highlight and frame (ti-8413), an id of the map's `phase`. */
  territory = '';
  /** A place whose territory to highlight: commune name, postcode, INSEE code, intercommunality SIREN, or a company's SIREN or SIRET (checked in the programme under way, 2023-2027). */
  place = '';
  /** One region to show, by INSEE code (84) or name; empty for the whole of France. */
  region = '';
  /** `2023-2027` (the programme under way, default) or `2018-2022`; another value falls back to 2023-2027 with a console warning. */
  phase: GeometryPhase = CURRENT_PHASE;
  /** Origin of the company API asked for a company's SIREN or SIRET; `none` asks nothing. Defaults to the public API Recherche d'entreprises. */
  companyApi = '';
  /** `auto` (follows the system's dark mode), `light`, `dark` or `sober`; another value falls back to `auto` with a console warning. */
  theme: Theme = 'auto';

  /** The phase `territory` was given for: ids were reused across phases, so a phase change never carries an id over. */
  private territoryPhase: GeometryPhase = CURRENT_PHASE;
  /** After going back to the whole map, whose button is gone: the search field takes the focus. */
  private refocus = false;

  override willUpdate(changed: PropertyValues<this>): void {
    readAsText(this, [
      'territory',
      'place',
      'region',
      'phase',
      'companyApi',
      'theme',
    ]);
    if (changed.has('theme')) checkTheme(this);
    const phase = this.mapPhase;
    if (
      changed.has('phase') &&
      phase !== this.phase &&
      String(this.phase) !== ''
    ) {
      const key = `${this.localName} ${this.phase}`;
      if (!warned.has(key))
        console.warn(
          `[ti-components] <${this.localName}> phase="${this.phase}" is not one of ${PHASES.join(', ')}: ${CURRENT_PHASE} is shown.`
        );
      warned.add(key);
    }
    if (changed.has('territory')) this.territoryPhase = phase;
    if (changed.has('place')) void this.resolvePlace();
    if (changed.has('phase') || changed.has('region')) this.search.reset();
    if (!this.maps.has(phase))
      this.maps.set(phase, new LoadController(this, LOADERS[phase]));
  }

  protected override updated(): void {
    if (this.refocus) {
      this.refocus = false;
      this.renderRoot.querySelector<HTMLElement>('[part="search"]')?.focus();
    }
  }

  /** Resolves `place`, loading the place code first (the controller drops an answer that comes after a newer one). */
  private async resolvePlace(): Promise<void> {
    if (!this.placeController) {
      this.placeCodeFailed = false;
      if (this.place.trim() === '') return;
      let code: PlaceModule;
      try {
        code = await loadPlaceCode();
      } catch {
        this.placeCodeFailed = true;
        return;
      }
      const {PlaceController, renderPlace} = code;
      this.placeController ??= new PlaceController(
        this,
        undefined,
        () => this.companyApi
      );
      this.renderPlace = renderPlace;
    }
    await this.placeController.resolve(this.place);
  }

  /** The loader of the phase drawn (made in willUpdate, before the first render). */
  private get currentMap(): LoadController<MapData> {
    return this.maps.get(this.mapPhase)!;
  }

  /** The phase drawn: the `phase` attribute when it is one, else the programme under way. */
  private get mapPhase(): GeometryPhase {
    return PHASES.find((p) => p === this.phase) ?? CURRENT_PHASE;
  }

  /** The territory to highlight, from the place first, then from `territory`; with what to say about it. */
  private highlight(data: MapData): Highlight {
    const phase = this.mapPhase;
    const t = translations[this.langController.lang];
    if (this.place.trim() !== '') {
      const found = this.placeController?.current?.territory;
      if (!found) return {shape: null, note: null};
      if (found.phase !== phase)
        return {shape: null, note: t.placeCurrentPhase};
      return {shape: data.byId.get(found.id) ?? null, note: null};
    }
    const id = this.territory.trim();
    if (id === '') return {shape: null, note: null};
    if (this.territoryPhase !== phase)
      return {
        shape: null,
        note: t.otherPhase(id, this.territoryPhase, phase),
      };
    const shape = data.byId.get(id);
    return shape
      ? {shape, note: null}
      : {shape: null, note: t.unknownTerritory(id, phase), alert: true};
  }

  private found(data: MapData): TerritoryShape[] {
    const region = findRegion(data, this.region);
    return searchTerritories(
      data,
      this.search.query ?? '',
      region?.code ?? null
    );
  }

  private handlePoint(event: Event): void {
    const id =
      (event.target as Element)
        .closest?.('[data-id]')
        ?.getAttribute('data-id') ?? null;
    if (id !== this.pointed) this.pointed = id;
  }

  /** A click on an option of the list, or on a territory of the map: the keyboard's way is the search field. */
  private handleOptionClick(event: Event, data: MapData): void {
    const id = (event.target as Element)
      .closest?.('[data-id]')
      ?.getAttribute('data-id');
    const shape = id ? data.byId.get(id) : undefined;
    if (shape) this.select(shape);
  }

  /** The user's choice: highlighted and framed, and announced to the page. */
  private select(shape: TerritoryShape | null): void {
    this.search.reset();
    this.place = '';
    this.territory = shape?.id ?? '';
    const phase = this.mapPhase;
    this.dispatchEvent(
      new TiTerritorySelectEvent(
        {territory: shape?.id ?? null, name: shape?.name ?? null, phase},
        this
      )
    );
  }

  override render() {
    const lang = this.langController.lang;
    const t = translations[lang];
    const loader = this.currentMap;
    const state = loader.state;
    if (state.status === 'error')
      return html`<div class="ti-message" data-tone="error" role="alert">
        ${t.error}
        <button type="button" @click=${() => loader.retry()}>${t.retry}</button>
      </div>`;
    if (state.status === 'loading')
      return html`<p class="ti-message" role="status" aria-live="polite">
        ${t.loading}
      </p>`;
    const data = state.value;
    const highlight = this.highlight(data);
    const region = findRegion(data, this.region);
    const {search} = this;
    const matches = search.open ? this.found(data) : [];
    const {territories: geo, regions} = data;
    return html`<div part="base">
      ${
        this.region.trim() && !region
          ? html`<p class="ti-message" data-tone="error" role="alert">
              ${t.unknownRegion(this.region)}
            </p>`
          : nothing
      }
      ${
        highlight.note
          ? html`<p
              class="ti-message"
              data-tone=${highlight.alert ? 'error' : nothing}
              role=${highlight.alert ? 'alert' : 'status'}
            >
              ${highlight.note}
            </p>`
          : nothing
      }
      ${this.renderPlaceAnswer()}
      ${renderSearch({
        t,
        value: search.query ?? highlight.shape?.name ?? '',
        open: search.open,
        active: search.active,
        matches,
        selected: highlight.shape?.id ?? null,
        onInput: (e) => search.handleInput(e),
        onKeydown: (e) =>
          search.handleKeydown(
            e,
            () => this.found(data),
            highlight.shape?.id ?? null,
            (id) => this.select(data.byId.get(id) ?? null)
          ),
        onOpen: () => {
          search.open = true;
          this.requestUpdate();
        },
        onClose: () => search.close(),
        onPoint: (e) => this.handlePoint(e),
        onLeave: () => (this.pointed = null),
        onClick: (e) => this.handleOptionClick(e, data),
      })}
      <figure>
        ${renderMap({
          data,
          region,
          highlight: highlight.shape,
          pointed: data.byId.get(search.active ?? this.pointed ?? '') ?? null,
          onPoint: (e) => this.handlePoint(e),
          onLeave: () => (this.pointed = null),
          onClick: (e) => this.handleOptionClick(e, data),
        })}
        <figcaption id="caption" part="caption">
          ${t.caption(
            region
              ? geo.territories.filter((s) => s.region === region.code).length
              : geo.territories.length,
            this.mapPhase,
            region?.name ?? null
          )}
          ${
            highlight.shape
              ? t.highlighted(highlight.shape.name, highlight.shape.id)
              : t.nothingHighlighted
          }
        </figcaption>
      </figure>
      ${
        this.territory.trim() || this.place.trim()
          ? html`<button
              type="button"
              part="reset"
              @click=${() => {
                this.refocus = true;
                this.select(null);
              }}
            >
              ${t.reset}
            </button>`
          : nothing
      }
      <p part="source">
        ${t.source} ${geo.source.attribution} (${geo.source.licence});
        ${regions.source.attribution} (${regions.source.licence}).
      </p>
    </div>`;
  }

  /** The place's answer once its code is there; before, a loading line, or the failure with a retry. */
  private renderPlaceAnswer() {
    const lang = this.langController.lang;
    const t = translations[lang];
    if (this.renderPlace && this.placeController)
      return this.renderPlace(
        this.placeController.state,
        lang,
        t,
        () => void this.placeController?.retry(),
        (input) => (this.place = input)
      );
    if (this.placeCodeFailed)
      return html`<p class="ti-message" data-tone="error">
        ${t.placeError}
        <button type="button" @click=${() => void this.resolvePlace()}>
          ${t.retry}
        </button>
      </p>`;
    return this.place.trim()
      ? html`<p class="ti-message">${t.placeLoading}</p>`
      : nothing;
  }
}
