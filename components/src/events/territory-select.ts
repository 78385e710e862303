import type {GeometryPhase} from '@ti-toolkit/data/geometry';

/**
 * Fired by `<ti-territory-map>` when the user selects a territory on the map or in its list (`territory` null when
 * they go back to the whole map). Ids were reused across phases, so `phase` always comes with the id; `elementId`
 * is the element's `id` (null without one).
 */
export class TiTerritorySelectEvent extends Event {
  static readonly type = 'ti-territory-select';
  readonly detail: {
    territory: string | null;
    name: string | null;
    phase: GeometryPhase;
    elementId: string | null;
  };

  constructor(
    detail: {
      territory: string | null;
      name: string | null;
      phase: GeometryPhase;
    },
    element: Element
  ) {
    super(TiTerritorySelectEvent.type, {bubbles: true, composed: true});
    this.detail = {...detail, elementId: element.id || null};
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ti-territory-select': TiTerritorySelectEvent;
  }
}
