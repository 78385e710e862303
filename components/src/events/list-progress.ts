import type {OutcomeCounts} from '../list-check/list-check.outcome.ts';

/**
 * Fired by `<ti-list-check>` each time a row of the list gets its answer: `answered` of `total` rows, the answers
 * so far by outcome (`in`, `out`, `other`, `failed`), `elementId` the element's `id` (null without one).
 */
export class TiListProgressEvent extends Event {
  static readonly type = 'ti-list-progress';
  readonly detail: {
    answered: number;
    total: number;
    counts: OutcomeCounts;
    elementId: string | null;
  };

  constructor(
    detail: {answered: number; total: number; counts: OutcomeCounts},
    element: Element
  ) {
    super(TiListProgressEvent.type, {bubbles: true, composed: true});
    this.detail = {...detail, elementId: element.id || null};
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ti-list-progress': TiListProgressEvent;
  }
}
