import type {CompanyRef} from '@ti-toolkit/core/places';
import {nothing} from 'lit';
import type {Lang} from '../i18n/lang.ts';
import type * as Links from './funding-widget.hand-off-links.ts';

let links: typeof Links | undefined;
let loading: Promise<void> | undefined;
const waiting = new Set<() => void>();

/**
 * The hand-off links when the place is a company. Their code (with the identifier checks) loads on the first
 * company only: a page whose visitors never give one never downloads it. `onLoad` renders the host again.
 */
export function renderHandOff(
  company: CompanyRef | undefined,
  lang: Lang,
  onLoad: () => void
) {
  if (!company) return nothing;
  if (links) return links.renderHandOffLinks(company, lang);
  waiting.add(onLoad);
  loading ??= import('./funding-widget.hand-off-links.ts').then(
    (module) => {
      links = module;
      waiting.forEach((render) => render());
      waiting.clear();
    },
    () => {
      // Offline: the next render tries again.
      loading = undefined;
      waiting.clear();
    }
  );
  return nothing;
}
