import type {PriorityId} from '@ti-toolkit/data/catalogue';

/**
 * Fired by `<ti-priority-cards>` when the user selects a priority (null when they clear it); `elementId` is the
 * element's `id` (null without one), so that a page counts the use of each widget.
 */
export class TiPrioritySelectEvent extends Event {
  static readonly type = 'ti-priority-select';
  readonly detail: {priority: PriorityId | null; elementId: string | null};

  constructor(priority: PriorityId | null, element: Element) {
    super(TiPrioritySelectEvent.type, {bubbles: true, composed: true});
    this.detail = {priority, elementId: element.id || null};
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ti-priority-select': TiPrioritySelectEvent;
  }
}
