import {loadPlaces, resolvePlace, type PlaceAnswer} from '@ti/core/places';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {TiPlaceResolveEvent} from '../events/place-resolve.ts';

export type PlaceState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'ready'; answer: PlaceAnswer}
  | {status: 'error'};

/**
 * Resolves the place typed or given by attribute. The perimeter and commune tables are loaded on the first place
 * only: a page that never asks for a place never downloads them. No company locator is passed on purpose: a partner
 * page must not call the company API, so a company's SIREN or SIRET is answered "needs the online directory".
 */
export class PlaceController implements ReactiveController {
  state: PlaceState = {status: 'idle'};
  /** The input of the last resolution asked for, null before the first. */
  input: string | null = null;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private run = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // A resolution dropped while the element was out of the page is run again.
    if (this.state.status === 'loading') void this.resolve(this.input ?? '');
  }

  hostDisconnected(): void {
    this.run++;
  }

  /** Resolves `input` and fires `ti-place-resolve`; a later call wins over one still loading. */
  async resolve(input: string): Promise<void> {
    const run = ++this.run;
    this.input = input;
    if (input.trim() === '') {
      this.state = {status: 'idle'};
      this.host.requestUpdate();
      return;
    }
    this.state = {status: 'loading'};
    this.host.requestUpdate();
    let answer: PlaceAnswer;
    try {
      answer = await resolvePlace(await loadPlaces(), input);
    } catch {
      if (run !== this.run) return;
      this.state = {status: 'error'};
      this.host.requestUpdate();
      return;
    }
    if (run !== this.run) return;
    this.state = {status: 'ready', answer};
    this.host.requestUpdate();
    this.host.dispatchEvent(new TiPlaceResolveEvent(answer));
  }

  /** Tries again after the tables failed to load (the loaders forget failed downloads). */
  retry(): Promise<void> {
    return this.resolve(this.input ?? '');
  }

  /** The answer when the place is known to be in or out of a territory; null otherwise. */
  get settled(): PlaceAnswer | null {
    const state = this.state;
    return state.status === 'ready' &&
      (state.answer.status === 'in-territory' ||
        state.answer.status === 'not-in-territory')
      ? state.answer
      : null;
  }
}
