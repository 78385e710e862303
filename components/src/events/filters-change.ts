import type {SchemeFilters} from '@ti-toolkit/core/catalogue';

/**
 * Fired by `<ti-service-finder>` when the user changes the text or a filter; `count` is the number of results,
 * `elementId` the element's `id` (null without one).
 */
export class TiFiltersChangeEvent extends Event {
  static readonly type = 'ti-filters-change';
  readonly detail: {
    query: string;
    filters: SchemeFilters;
    count: number;
    elementId: string | null;
  };

  constructor(
    detail: {query: string; filters: SchemeFilters; count: number},
    element: Element
  ) {
    super(TiFiltersChangeEvent.type, {bubbles: true, composed: true});
    this.detail = {...detail, elementId: element.id || null};
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ti-filters-change': TiFiltersChangeEvent;
  }
}
