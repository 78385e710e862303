import type {EligibilityProfile, Verdict} from '@ti-toolkit/core/catalogue';

/** Fired by `<ti-funding-widget>` when the user's answers give new verdicts. */
export class TiEligibilityChangeEvent extends Event {
  static readonly type = 'ti-eligibility-change';
  readonly detail: {
    profile: EligibilityProfile;
    verdicts: Record<string, Verdict>;
  };

  constructor(detail: {
    profile: EligibilityProfile;
    verdicts: Record<string, Verdict>;
  }) {
    super(TiEligibilityChangeEvent.type, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ti-eligibility-change': TiEligibilityChangeEvent;
  }
}
