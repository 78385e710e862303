import type {HandOffLinks} from '@ti-toolkit/core/company-territory';
import {html, nothing} from 'lit';
import type {PanelTexts} from './adviser-panel.translations.ts';

/**
 * The two links that hand the company on: the public advisers' service and the company's page on the public
 * directory. A link in a side panel would replace the panel itself: they open in a new tab (no permission needed).
 */
export function renderHandOff(t: PanelTexts, links: HandOffLinks) {
  return html`<ul class="ti-hand-off" aria-label=${t.handOffLabel}>
    <li>
      <a href=${links.adviser} target="_blank" rel="noopener noreferrer"
        >${t.contactAdviser}<span class="ti-visually-hidden"
          >${t.newTab}</span
        ></a
      >
      <span class="ti-muted"
        >${links.prefilled ? t.adviserPrefilled : t.adviserHome}</span
      >
    </li>
    ${
      links.directory
        ? html`<li>
            <a href=${links.directory} target="_blank" rel="noopener noreferrer"
              >${t.directoryPage}<span class="ti-visually-hidden"
                >${t.newTab}</span
              ></a
            >
          </li>`
        : nothing
    }
  </ul>`;
}
