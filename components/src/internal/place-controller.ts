import type {PlaceAnswer, PlaceCandidate} from '@ti-toolkit/core/places';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import {TiPlaceResolveEvent} from '../events/place-resolve.ts';
import type {Lang} from '../i18n/lang.ts';

/** The words of an answer, from the place code loaded with the tables. */
export interface PlaceWords {
  answer(lang: Lang): string;
  candidate(candidate: PlaceCandidate, lang: Lang, showKind?: boolean): string;
}

export type PlaceState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {
      status: 'ready';
      answer: PlaceAnswer;
      words: PlaceWords;
      /** INSEE code of the place's region (regional schemes), null when unknown or several. */
      region: string | null;
    }
  | {status: 'error'};

// The place code and its tables (about 400 kB gzip with the commune names) load on the first place only:
// a page whose visitors never type one downloads neither.
const placesModule = () => import('@ti-toolkit/core/places');

/**
 * Resolves the place typed or given by attribute, fires `ti-place-resolve`, and tells the host (`onResolve`) whether
 * the user asked. No company locator is passed on purpose: a partner page must not call the company API, so a
 * company's SIREN or SIRET is answered "needs the online directory".
 */
export class PlaceController implements ReactiveController {
  state: PlaceState = {status: 'idle'};
  /** The input of the last resolution asked for, null before the first. */
  input: string | null = null;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly onResolve?: (answer: PlaceAnswer, byUser: boolean) => void;
  private byUser = false;
  private run = 0;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    onResolve?: (answer: PlaceAnswer, byUser: boolean) => void
  ) {
    this.host = host;
    this.onResolve = onResolve;
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
      const loaded = await places.loadPlaces();
      const answer = await places.resolvePlace(loaded, input);
      ready = {
        status: 'ready',
        answer,
        region: places.placeRegion(loaded.perimeter, answer),
        words: {
          answer: (lang) => places.explainAnswer(answer, lang),
          candidate: (candidate, lang, showKind) =>
            places.explainCandidate(candidate, lang, showKind),
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
    this.host.dispatchEvent(new TiPlaceResolveEvent(ready.answer));
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
  retry: () => void
): TemplateResult | typeof nothing | null {
  switch (state.status) {
    case 'idle':
      return nothing;
    case 'loading':
      return html`<p class="ti-message">${texts.placeLoading}</p>`;
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
