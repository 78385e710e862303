import {
  loadPlaces,
  resolvePlace,
  type PlaceAnswer,
  type Places,
} from '@ti/core/places';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {LoadController} from '../internal/load-controller.ts';

export type PlaceState =
  | {status: 'empty'}
  | {status: 'loading'}
  | {status: 'error'}
  | {status: 'ready'; answer: PlaceAnswer};

/**
 * Resolves the typed place with the perimeter lookups (no company lookup: a company's SIREN or SIRET is answered
 * with the reason that it needs the online directory). The tables load only once a place is entered, through a
 * LoadController created on first use; the latest input wins when answers arrive out of order.
 */
export class PlaceController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly onResolve: (answer: PlaceAnswer, byUser: boolean) => void;
  private places?: LoadController<Places>;
  private input = '';
  private byUser = false;
  private answer: PlaceAnswer | null = null;
  private requested: string | null = null;
  private failed: string | null = null;

  constructor(
    host: ReactiveControllerHost,
    onResolve: (answer: PlaceAnswer, byUser: boolean) => void
  ) {
    this.host = host;
    this.onResolve = onResolve;
    host.addController(this);
  }

  get state(): PlaceState {
    if (!this.input) return {status: 'empty'};
    if (this.answer?.input === this.input)
      return {status: 'ready', answer: this.answer};
    return this.places?.state.status === 'error' || this.failed === this.input
      ? {status: 'error'}
      : {status: 'loading'};
  }

  /** The answer for the current input, once resolved. */
  get current(): PlaceAnswer | null {
    const state = this.state;
    return state.status === 'ready' ? state.answer : null;
  }

  /** Sets the place to resolve ('' for none); `byUser` is passed back with the answer. */
  set(input: string, byUser: boolean): void {
    const next = input.trim();
    if (next === this.input) return;
    this.input = next;
    this.byUser = byUser;
    this.requested = null;
    if (next) this.places ??= new LoadController(this.host, loadPlaces);
    this.host.requestUpdate();
  }

  retry(): void {
    this.requested = this.failed = null;
    if (this.places?.state.status === 'error') void this.places.retry();
    else this.host.requestUpdate();
  }

  /** Before each render: once the tables are there, resolve the input they have not answered yet. */
  hostUpdate(): void {
    const places = this.places?.state;
    if (!this.input || places?.status !== 'ready') return;
    if (this.requested === this.input) return;
    this.requested = this.input;
    void this.resolve(places.value, this.input, this.byUser);
  }

  private async resolve(
    places: Places,
    input: string,
    byUser: boolean
  ): Promise<void> {
    let answer: PlaceAnswer;
    try {
      answer = await resolvePlace(places, input);
    } catch {
      // resolvePlace answers bad input; a throw here is a bug, shown as an error with a retry, not a spinner.
      if (input === this.input) this.failed = input;
      this.host.requestUpdate();
      return;
    }
    if (input !== this.input) return;
    this.answer = answer;
    this.host.requestUpdate();
    this.onResolve(answer, byUser);
  }
}
