import type {PlaceAnswer} from '@ti-toolkit/core/places';

/** Fired when a place typed by the user is resolved: in a territory, not in one, ambiguous, not found or invalid. */
export class TiPlaceResolveEvent extends Event {
  static readonly type = 'ti-place-resolve';
  readonly detail: {answer: PlaceAnswer};

  constructor(answer: PlaceAnswer) {
    super(TiPlaceResolveEvent.type, {bubbles: true, composed: true});
    this.detail = {answer};
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ti-place-resolve': TiPlaceResolveEvent;
  }
}
