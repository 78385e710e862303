import {readAsText} from '../internal/text-properties.ts';
import {checkTheme, type Theme} from '../internal/theme.ts';
import type {TerritoryHistoryTable, TerritoryRow} from '@ti-toolkit/data';
import type {MapData} from '../territory-map/territory-map.geometry.ts';
import type {renderSmallMap} from './territory-card.map.ts';
import type {
  Perimeter,
  PlaceAnswer,
  PlaceCandidate,
} from '@ti-toolkit/core/places';
import type * as PlacesApi from '@ti-toolkit/core/places';
import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {TiPlaceResolveEvent} from '../events/place-resolve.ts';
import {
  lazyCompanyLocator,
  renderCompanyUnreachable,
} from '../internal/place-controller.ts';
import {placeTexts} from '../internal/place.translations.ts';
import {formatNumber} from '../i18n/format.ts';
import {LangController, type Lang} from '../i18n/lang.ts';
import {LoadController} from '../internal/load-controller.ts';
import {themeStyles} from '../styles/theme.styles.ts';
import {territoryCardStyles} from './territory-card.styles.ts';
import {translations} from './territory-card.translations.ts';

type PlacesModule = typeof PlacesApi;
interface SmallMap {
  render: typeof renderSmallMap;
  data: MapData;
}
interface Loaded {
  places: PlacesModule;
  perimeter: Perimeter;
  history: TerritoryHistoryTable;
}

// The place code comes with the perimeter tables and the territories' first-phase past (3 kB gzip), on first use:
// the card's own code stays small.
const loadPerimeterAndCode = async (): Promise<Loaded> => {
  const [places, history] = await Promise.all([
    import('@ti-toolkit/core/places'),
    import('@ti-toolkit/data/territory-history'),
  ]);
  return {
    places,
    perimeter: await places.loadPerimeter(),
    history: history.default,
  };
};

/**
 * @tag ti-territory-card
 * @summary One Territoire d'industrie, or the territory of a place: name, regions, departments, intercommunalities,
 * number of communes and population, with the data vintage as proof.
 *
 * @csspart base - The card.
 * @csspart kicker - The "Territoire d'industrie" line above the name.
 * @csspart name - The territory's name.
 * @csspart reason - Why the place is (or is not) in the territory.
 * @csspart facts - The list of regions, departments, communes and population.
 * @csspart history - Since when the territory's members are in the programme: the first phase's (2018-2022)
 * territories that held them, matched by SIREN.
 * @csspart groupements - The member intercommunalities.
 * @csspart place - The place as people write it ("Saint-Denis (93) — Seine-Saint-Denis", "CC Gally Mauldre").
 * @csspart candidates - The choices when a place is ambiguous, largest commune first, with department and postcodes.
 * @csspart company-unreachable - What to do when a company's SIREN or SIRET could not be located (offline alternatives, retry).
 * @csspart place-retry - The button that asks the company directory again.
 * @csspart vintage - The data source and date.
 * @csspart map - The small map (`map` attribute): the territory inside its region's outline.
 * @csspart map-region - The region's outline on the small map.
 * @csspart map-territory - The territory on the small map.
 *
 * @cssproperty --ti-territory-card-padding - Space inside the card.
 * @cssproperty --ti-territory-card-background - Card background.
 * @cssproperty --ti-territory-card-border-color - Card border.
 * @cssproperty --ti-territory-card-radius - Card corner radius.
 * @cssproperty --ti-territory-card-accent - Colour of the kicker and the choice buttons.
 * @cssproperty --ti-territory-card-name-size - Font size of the name.
 *
 * @fires ti-place-resolve - A place (the `place` attribute, or a choice among candidates) was resolved; `detail.elementId` is the element's id (null without one).
 */
export class TiTerritoryCard extends LitElement {
  static override styles = [themeStyles, territoryCardStyles];
  static override properties = {
    answer: {state: true, attribute: false},
    placeError: {state: true, attribute: false},
    askingDirectory: {state: true, attribute: false},
    territory: {reflect: true},
    place: {reflect: true},
    companyApi: {attribute: 'company-api'},
    headingLevel: {type: Number, attribute: 'heading-level'},
    map: {type: Boolean},
    smallMap: {state: true, attribute: false},
    theme: {reflect: true},
  };

  private readonly langController = new LangController(this);
  private readonly loaded = new LoadController<Loaded>(
    this,
    loadPerimeterAndCode
  );

  private answer: PlaceAnswer | null = null;
  private placeError = false;
  /** The company directory is being asked for the place (a company's SIREN or SIRET). */
  private askingDirectory = false;

  /** A territory id (ti-8413), shown as is. */
  territory = '';
  /** A place whose territory to show: commune name, postcode, INSEE code, intercommunality SIREN, or a company's SIREN or SIRET (located through the company API); shown as people write it once resolved. */
  place = '';
  /** Origin of the company API asked for a company's SIREN or SIRET (a mirror, a test server); `none` asks nothing. Defaults to the public API Recherche d'entreprises. */
  companyApi = '';
  /** Heading level of the territory's name, 2 to 6. */
  headingLevel = 2;
  /** Shows a small map of the territory inside its region (its geometry loads on demand, about 42 kB gzip). */
  map = false;
  private smallMap: SmallMap | null = null;
  private mapLoading = false;
  /** `auto` (follows the system's dark mode), `light`, `dark` or `sober`; another value falls back to `auto` with a console warning. */
  theme: Theme = 'auto';

  private resolving = 0;
  /** After a choice among candidates, whose button is gone: the answer takes the focus once shown. */
  private refocus = false;

  override willUpdate(changed: PropertyValues<this>): void {
    readAsText(this, ['territory', 'place', 'companyApi', 'theme']);
    if (changed.has('theme')) checkTheme(this);
    if (changed.has('map')) this.loadSmallMap();
    if (changed.has('place')) void this.resolve();
  }

  protected override updated(): void {
    const answer =
      this.refocus &&
      this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]');
    if (answer) {
      this.refocus = false;
      answer.focus();
    }
  }

  /** Resolves `place`; an older resolution that ends late is dropped. */
  /** The small map's code and geometry, once, when `map` is set. */
  private loadSmallMap(): void {
    if (!this.map || this.smallMap || this.mapLoading) return;
    this.mapLoading = true;
    import('./territory-card.map.ts')
      .then(async ({loadSmallMap, renderSmallMap}) => {
        this.smallMap = {render: renderSmallMap, data: await loadSmallMap()};
      })
      // The map says nothing the card's text does not: a failed download leaves the card as it is.
      .catch(() => undefined)
      .finally(() => (this.mapLoading = false));
  }

  private async resolve(): Promise<void> {
    const run = ++this.resolving;
    this.answer = null;
    this.placeError = false;
    this.askingDirectory = false;
    if (this.place.trim() === '') return;
    try {
      const {resolvePlace, loadPlacesFor} =
        await import('@ti-toolkit/core/places');
      const loaded = await loadPlacesFor(this.place);
      const answer = await resolvePlace(loaded, this.place, {
        locateCompany: lazyCompanyLocator(
          this.companyApi,
          this.langController.lang,
          () => {
            if (run === this.resolving) this.askingDirectory = true;
          }
        ),
      });
      if (run !== this.resolving) return;
      this.askingDirectory = false;
      this.answer = answer;
      this.dispatchEvent(new TiPlaceResolveEvent(answer, this));
    } catch {
      if (run === this.resolving) this.placeError = true;
    }
  }

  private handleChoose(candidate: PlaceCandidate): void {
    this.refocus = true;
    if (candidate.commune) this.place = `insee:${candidate.commune.code}`;
    else if (candidate.territory) {
      this.place = '';
      this.territory = candidate.territory.id;
    }
  }

  override render() {
    const lang = this.langController.lang;
    const t = translations[lang];
    const state = this.loaded.state;
    if (state.status === 'error' || this.placeError)
      return html`<div class="ti-message" data-tone="error" role="alert">
        ${t.error}
        <button
          @click=${() => (this.placeError ? this.resolve() : this.loaded.retry())}
        >
          ${t.retry}
        </button>
      </div>`;
    const resolvingPlace = this.place.trim() !== '' && this.answer === null;
    if (state.status === 'loading' || resolvingPlace)
      return html`<p class="ti-message" role="status" aria-live="polite">
        ${this.askingDirectory ? placeTexts[lang].companyLoading : t.loading}
      </p>`;
    const {places, perimeter} = state.value;
    if (this.answer)
      return this.renderAnswer(places, perimeter, this.answer, lang);
    if (this.territory.trim() === '')
      return html`<p class="ti-message" role="alert">${t.missing}</p>`;
    const territory = places.findTerritory(perimeter, this.territory);
    if (!territory)
      return html`<p class="ti-message" data-tone="error" role="alert">
        ${t.unknownTerritory(this.territory)}
      </p>`;
    return this.renderTerritory(places, perimeter, territory, null, lang);
  }

  private renderAnswer(
    places: PlacesModule,
    perimeter: Perimeter,
    answer: PlaceAnswer,
    lang: Lang
  ) {
    const {explainPlace, explainVintage, findTerritory} = places;
    const t = translations[lang];
    const {departments} = perimeter;
    const label = places.placeLabel(answer, lang, departments);
    const territory =
      answer.territory && findTerritory(perimeter, answer.territory.id);
    if (territory)
      return this.renderTerritory(
        places,
        perimeter,
        territory,
        explainPlace(answer, lang),
        lang,
        label
      );
    const candidates = places.candidatesByPopulation(answer.candidates ?? []);
    return html`<div part="base">
      ${label ? html`<p part="place">${label}</p>` : nothing}
      <p part="reason" role="status" tabindex="-1">
        ${explainPlace(answer, lang)}
      </p>
      ${
        renderCompanyUnreachable(answer, lang, () => void this.resolve()) ??
        nothing
      }
      ${
        candidates.length
          ? html`<p>${t.choose}</p>
              <ul part="candidates">
                ${candidates.map(
                  (candidate) =>
                    html`<li>
                      <button @click=${() => this.handleChoose(candidate)}>
                        ${places.candidateLabel(
                          candidate,
                          lang,
                          departments,
                          answer.kind === null
                        )}
                      </button>
                    </li>`
                )}
              </ul>`
          : nothing
      }
      <p part="vintage">${t.vintage} ${explainVintage(perimeter, lang)}</p>
    </div>`;
  }

  private renderTerritory(
    {explainVintage}: PlacesModule,
    perimeter: Perimeter,
    territory: TerritoryRow,
    reason: string | null,
    lang: Lang,
    placeLabel: string | null = null
  ) {
    const t = translations[lang];
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 2));
    const groupements = territory.groupements.map(
      (i) => perimeter.groupements[i]!
    );
    const regionNames = territory.regions.map(
      (code) => perimeter.regions[code] ?? code
    );
    const departmentNames = territory.departments.map(
      (code) => `${perimeter.departments[code] ?? code} (${code})`
    );
    return html`<article part="base" aria-labelledby="name">
      <p part="kicker">${t.kicker} · ${t.phase(territory.phase)}</p>
      <div
        part="name"
        id="name"
        role="heading"
        aria-level=${level}
        tabindex="-1"
      >
        ${territory.name}
      </div>
      ${placeLabel ? html`<p part="place">${placeLabel}</p>` : nothing}
      ${reason ? html`<p part="reason">${reason}</p>` : nothing}
      <dl part="facts">
        <dt>${t.region(regionNames.length)}</dt>
        <dd>${regionNames.join(', ')}</dd>
        <dt>${t.departments(departmentNames.length)}</dt>
        <dd>${departmentNames.join(', ')}</dd>
        <dt>${t.communes}</dt>
        <dd>${formatNumber(territory.communeCount, lang)}</dd>
        <dt>${t.population}</dt>
        <dd>${t.inhabitants(formatNumber(territory.population, lang))}</dd>
      </dl>
      ${
        this.map && this.smallMap
          ? this.smallMap.render(
              this.smallMap.data,
              territory.id,
              t.mapLabel(territory.name, regionNames[0] ?? '')
            )
          : nothing
      }
      <p part="history">
        ${historyLine(
          this.loaded.state.status === 'ready'
            ? this.loaded.state.value.history
            : undefined,
          territory,
          groupements.length,
          lang
        )}
      </p>
      <details part="groupements">
        <summary>${t.groupements(groupements.length)}</summary>
        <ul>
          ${groupements.map((g) => html`<li>${g.name} (${t.kinds[g.kind]}, SIREN ${g.siren})</li>`)}
        </ul>
      </details>
      <p part="vintage">
        ${t.vintage} ${explainVintage(perimeter, lang)} (${territory.id})
      </p>
    </article>`;
  }
}

/** Since when the territory's members are in the programme, from the first phase's territories that held them. */
function historyLine(
  history: TerritoryHistoryTable | undefined,
  territory: TerritoryRow,
  members: number,
  lang: Lang
): string {
  const t = translations[lang];
  const earlier = history?.territories[territory.id] ?? [];
  if (!earlier.length) return t.historyNone;
  const names = earlier.map((e) => t.quote(e.name)).join(', ');
  const shared = Math.min(
    members,
    earlier.reduce((sum, e) => sum + e.shared, 0)
  );
  return shared >= members
    ? t.historyAll(names)
    : t.historySome(shared, members, names);
}
