import type {OutcomeCounts} from '../list-check/list-check.outcome.ts';

/**
 * Fired by `<ti-list-check>` when every row of the list has its answer (failed rows included: they can be tried
 * again): `total` rows, the answers by outcome, `elementId` the element's `id` (null without one).
 */
export class TiListDoneEvent extends Event {
  static readonly type = 'ti-list-done';
  readonly detail: {
    total: number;
    counts: OutcomeCounts;
    elementId: string | null;
  };

  constructor(
    detail: {total: number; counts: OutcomeCounts},
    element: Element
  ) {
    super(TiListDoneEvent.type, {bubbles: true, composed: true});
    this.detail = {...detail, elementId: element.id || null};
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ti-list-done': TiListDoneEvent;
  }
}
