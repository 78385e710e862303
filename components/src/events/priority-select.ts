import type {PriorityId} from '@ti-toolkit/data/catalogue';

/** Fired by `<ti-priority-cards>` when the user selects a priority (null when they clear it). */
export class TiPrioritySelectEvent extends Event {
  static readonly type = 'ti-priority-select';
  readonly detail: {priority: PriorityId | null};

  constructor(priority: PriorityId | null) {
    super(TiPrioritySelectEvent.type, {bubbles: true, composed: true});
    this.detail = {priority};
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ti-priority-select': TiPrioritySelectEvent;
  }
}
