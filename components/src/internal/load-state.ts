import {html, type TemplateResult} from 'lit';
import type {LoadState} from './load-controller.ts';

/**
 * What a component shows while its data loads, or after the download failed (with a retry): one polite status
 * line, one alert. Null once the data is there.
 */
export function renderLoadState<T>(
  state: LoadState<T>,
  texts: {loading: string; error: string; retry: string},
  retry: () => void
): TemplateResult | null {
  if (state.status === 'loading')
    return html`<p class="ti-message" role="status" aria-live="polite">
      ${texts.loading}
    </p>`;
  if (state.status === 'error')
    return html`<div class="ti-message" data-tone="error" role="alert">
      ${texts.error}
      <button type="button" @click=${retry}>${texts.retry}</button>
    </div>`;
  return null;
}
