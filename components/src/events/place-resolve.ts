import type {PlaceAnswer} from '@ti-toolkit/core/places';

/**
 * Fired when a place typed by the user is resolved: in a territory, not in one, ambiguous, not found or invalid;
 * `elementId` is the element's `id` (null without one).
 */
export class TiPlaceResolveEvent extends Event {
  static readonly type = 'ti-place-resolve';
  readonly detail: {answer: PlaceAnswer; elementId: string | null};

  constructor(answer: PlaceAnswer, element: Element) {
    super(TiPlaceResolveEvent.type, {bubbles: true, composed: true});
    this.detail = {answer, elementId: element.id || null};
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ti-place-resolve': TiPlaceResolveEvent;
  }
}
