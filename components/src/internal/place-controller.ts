import type {
  CompanyLocator,
  PlaceAnswer,
  PlaceCandidate,
} from '@ti-toolkit/core/places';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import {TiPlaceResolveEvent} from '../events/place-resolve.ts';
import {toLang, type Lang} from '../i18n/lang.ts';
import {placeTexts} from './place.translations.ts';

/** The words of an answer, from the place code loaded with the tables. */
export interface PlaceWords {
  answer(lang: Lang): string;
  /** One choice of an ambiguous answer: the commune with its department and postcodes, and its territory. */
  candidate(candidate: PlaceCandidate, lang: Lang, showKind?: boolean): string;
  /** The place as people write it ("Saint-Denis (93) — Seine-Saint-Denis"), null when the answer names none. */
  label(lang: Lang): string | null;
}

export type PlaceState =
  | {status: 'idle'}
  /** `company`: the company directory is being asked (a SIREN or SIRET that is no intercommunality's). */
  | {status: 'loading'; company?: boolean}
  | {
      status: 'ready';
      answer: PlaceAnswer;
      words: PlaceWords;
      /** The answer's candidates, largest commune first. */
      candidates: PlaceCandidate[];
      /** INSEE code of the place's region (regional schemes), null when unknown or several. */
      region: string | null;
    }
  | {status: 'error'};

// The place code and its tables load on the first place only, and only the communes that place needs (one
// department for a code, every name for a name: ADR 0016): a page whose visitors never type one downloads neither.
const placesModule = () => import('@ti-toolkit/core/places');

/** The public API Recherche d'entreprises, asked for a company's SIREN or SIRET unless `company-api` says another. */
export const PUBLIC_COMPANY_API = 'https://recherche-entreprises.api.gouv.fr';

/**
 * Resolves the place typed or given by attribute, fires `ti-place-resolve`, and tells the host (`onResolve`) whether
 * the user asked. A company's SIREN or SIRET is located through the public company API, from the browser
 * (docs/decisions/0018-company-lookup-from-partner-pages.md): its client loads only then, and one client per API
 * origin serves the whole page, with the core client's limits. `companyApi` gives the host's `company-api` value:
 * another origin (a mirror, a test server), or `none` for no lookup.
 */
export class PlaceController implements ReactiveController {
  state: PlaceState = {status: 'idle'};
  /** The input of the last resolution asked for, null before the first. */
  input: string | null = null;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly onResolve?: (answer: PlaceAnswer, byUser: boolean) => void;
  private readonly companyApi: () => string;
  private byUser = false;
  private run = 0;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    onResolve?: (answer: PlaceAnswer, byUser: boolean) => void,
    companyApi: () => string = () => ''
  ) {
    this.host = host;
    this.onResolve = onResolve;
    this.companyApi = companyApi;
    host.addController(this);
  }

  hostConnected(): void {
    // A resolution dropped while the element was out of the page is run again.
    if (this.state.status === 'loading')
      void this.resolve(this.input ?? '', this.byUser);
  }

  hostDisconnected(): void {
    this.run++;
  }

  /** Resolves `input` ('' for none); a later call wins over one still loading. */
  async resolve(input: string, byUser = false): Promise<void> {
    const run = ++this.run;
    this.input = input;
    this.byUser = byUser;
    if (input.trim() === '') {
      this.state = {status: 'idle'};
      this.host.requestUpdate();
      return;
    }
    this.state = {status: 'loading'};
    this.host.requestUpdate();
    let ready: Extract<PlaceState, {status: 'ready'}>;
    try {
      const places = await placesModule();
      const loaded = await places.loadPlacesFor(input);
      const answer = await places.resolvePlace(loaded, input, {
        locateCompany: lazyCompanyLocator(
          this.companyApi(),
          toLang(
            this.host.closest('[lang]')?.getAttribute('lang') ??
              document.documentElement.lang
          ),
          () => {
            if (run !== this.run) return;
            this.state = {status: 'loading', company: true};
            this.host.requestUpdate();
          }
        ),
      });
      const {departments} = loaded.perimeter;
      ready = {
        status: 'ready',
        answer,
        candidates: places.candidatesByPopulation(answer.candidates ?? []),
        region: places.placeRegion(loaded.perimeter, answer),
        words: {
          answer: (lang) => places.explainAnswer(answer, lang),
          candidate: (candidate, lang, showKind) =>
            places.candidateLabel(candidate, lang, departments, showKind),
          label: (lang) => places.placeLabel(answer, lang, departments),
        },
      };
    } catch {
      // A download that failed (offline page): an error with a retry, never a spinner.
      if (run !== this.run) return;
      this.state = {status: 'error'};
      this.host.requestUpdate();
      return;
    }
    if (run !== this.run) return;
    this.state = ready;
    this.host.requestUpdate();
    this.host.dispatchEvent(new TiPlaceResolveEvent(ready.answer, this.host));
    this.onResolve?.(ready.answer, byUser);
  }

  /** Tries again after the tables failed to load (the loaders forget failed downloads). */
  retry(): Promise<void> {
    return this.resolve(this.input ?? '', this.byUser);
  }

  /** The answer for the current input, once resolved. */
  get current(): PlaceAnswer | null {
    return this.state.status === 'ready' ? this.state.answer : null;
  }

  /** What the place field shows: the place as people write it once resolved, else the input as typed. */
  fieldValue(lang: Lang, typed: string): string {
    return this.state.status === 'ready'
      ? (this.state.words.label(lang) ?? typed)
      : typed;
  }

  /** The input a submitted field stands for: the current place when the field still shows its label. */
  submitted(value: string, lang: Lang): string {
    return this.state.status === 'ready' &&
      value.trim() === this.state.words.label(lang)
      ? (this.input ?? value)
      : value;
  }

  /** The region of the current answer, null when unknown. */
  get region(): string | null {
    return this.state.status === 'ready' ? this.state.region : null;
  }

  /** The answer when the place is known to be in or out of a territory; null otherwise. */
  get settled(): PlaceAnswer | null {
    const answer = this.current;
    return answer?.status === 'in-territory' ||
      answer?.status === 'not-in-territory'
      ? answer
      : null;
  }
}

/**
 * The company locator for a component's `company-api` value: the public API by default, another origin when given,
 * none for `none` (the resolver then answers "company lookup unavailable"). The client loads on the first call only;
 * `onAsk` tells the component that the directory is being asked.
 */
export function lazyCompanyLocator(
  companyApi: string,
  lang: Lang,
  onAsk: () => void = () => {}
): CompanyLocator | undefined {
  const origin = companyApi.trim();
  if (origin === 'none') return undefined;
  return async (query) => {
    onAsk();
    const {companyLocatorFor} = await import('./company-lookup.ts');
    return companyLocatorFor(origin || PUBLIC_COMPANY_API, lang)(query);
  };
}

/**
 * The place input that picks one candidate of an ambiguous answer: its commune, or its intercommunality when it has
 * no commune; null when it names nothing to pick. Shared by the finder and the funding widget.
 */
export function candidateInput(candidate: PlaceCandidate): string | null {
  if (candidate.commune) return `insee:${candidate.commune.code}`;
  if (candidate.groupement) return `siren:${candidate.groupement.siren}`;
  return null;
}

/**
 * What a place block shows before there is an answer: nothing, a loading line, or the failure with a retry.
 * Null once the answer is there, for the component to render it its own way.
 */
export function renderPlacePending(
  state: PlaceState,
  texts: {placeLoading: string; placeError: string; retry: string},
  retry: () => void,
  lang: Lang = 'fr'
): TemplateResult | typeof nothing | null {
  switch (state.status) {
    case 'idle':
      return nothing;
    case 'loading':
      return html`<p class="ti-message">
        ${state.company ? placeTexts[lang].companyLoading : texts.placeLoading}
      </p>`;
    case 'error':
      return html`<p class="ti-message" data-tone="error">
        ${texts.placeError}
        <button type="button" part="place-retry" @click=${retry}>
          ${texts.retry}
        </button>
      </p>`;
    case 'ready':
      return null;
  }
}

/**
 * The company directory could not answer (network, blocked by the browser, overloaded): say so, offer what works
 * offline (the commune or the postcode), and a retry. Null for any other answer.
 */
export function renderCompanyUnreachable(
  answer: PlaceAnswer,
  lang: Lang,
  retry: () => void
): TemplateResult | null {
  const t = placeTexts[lang];
  const {code} = answer.reason;
  // `company-api="none"`: the partner chose not to send company numbers; no retry would change that.
  if (code === 'company-lookup-unavailable')
    return html`<p part="company-unreachable" class="ti-message">
      ${t.noLookup} ${t.offlineAlternatives}
    </p>`;
  if (code !== 'company-lookup-failed') return null;
  return html`<p
    part="company-unreachable"
    class="ti-message"
    data-tone="error"
  >
    ${t.companyUnreachable} ${t.offlineAlternatives}
    <button type="button" part="place-retry" @click=${retry}>
      ${t.retryLookup}
    </button>
  </p>`;
}

/** The headline of a company number that led to no place (not found, directory unreachable), else null. */
export function companyHeadline(
  answer: PlaceAnswer,
  lang: Lang
): string | null {
  if (answer.status !== 'not-found') return null;
  const {code} = answer.reason;
  if (code === 'company-not-found') return placeTexts[lang].companyNotFound;
  if (
    code === 'company-lookup-failed' ||
    code === 'company-lookup-unavailable' ||
    code === 'company-without-location'
  )
    return placeTexts[lang].companyNotLocated;
  return null;
}
