import type {EligibilityProfile, Verdict} from '@ti-toolkit/core/catalogue';

/**
 * Fired by `<ti-funding-widget>` when the user's answers give new verdicts; `elementId` is the element's `id` (null
 * without one).
 */
export class TiEligibilityChangeEvent extends Event {
  static readonly type = 'ti-eligibility-change';
  readonly detail: {
    profile: EligibilityProfile;
    verdicts: Record<string, Verdict>;
    elementId: string | null;
  };

  constructor(
    detail: {profile: EligibilityProfile; verdicts: Record<string, Verdict>},
    element: Element
  ) {
    super(TiEligibilityChangeEvent.type, {bubbles: true, composed: true});
    this.detail = {...detail, elementId: element.id || null};
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ti-eligibility-change': TiEligibilityChangeEvent;
  }
}
