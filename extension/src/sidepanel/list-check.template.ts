import {html, nothing} from 'lit';
import type {PanelTexts} from './adviser-panel.translations.ts';

/** The link to the page that checks a whole list of companies; nothing while that page has no address. */
export function renderListCheck(t: PanelTexts, url: string | null) {
  if (!url) return nothing;
  return html`<p class="ti-list-check">
    <a href=${url} target="_blank" rel="noopener noreferrer"
      >${t.listCheck}<span class="ti-visually-hidden">${t.newTab}</span></a
    >
  </p>`;
}
