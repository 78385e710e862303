import type {CompanyFailure} from '@ti-toolkit/core/company-api';
import {html} from 'lit';
import type {LookupRecord} from '../shared/tab-state.ts';
import type {PanelTexts} from './adviser-panel.translations.ts';

/** The message for a state of the lookup that has no company to show yet; null once the company is there. */
export function lookupMessage(
  t: PanelTexts,
  record: LookupRecord | null
): string | null {
  if (record === null) return t.notLookedUp;
  if (record.status === 'pending') return t.pending;
  if (record.result.ok) return null;
  return failureMessage(t, record.result);
}

function failureMessage(t: PanelTexts, failure: CompanyFailure): string {
  const message = t.failures[failure.reason];
  if (failure.reason === 'rate-limited' && failure.retryAfterMs)
    return `${message} ${t.retryIn(Math.ceil(failure.retryAfterMs / 1000))}`;
  return message;
}

/**
 * A lookup that has not given a company: pending (the worker ends every lookup, with an answer or a failure,
 * so this never stays), not started, or failed with a button to try again. Only a malformed identifier has
 * nothing to retry.
 */
export function renderLookup(
  t: PanelTexts,
  record: LookupRecord | null,
  onRetry: () => void
) {
  const message = lookupMessage(t, record);
  if (message === null) return null;
  if (record?.status === 'pending')
    return html`<p class="ti-message" data-state="pending">${message}</p>`;
  const failed = record?.status === 'done' && !record.result.ok;
  const reason =
    record?.status === 'done' && !record.result.ok ? record.result.reason : '';
  return html`<div
    class="ti-message"
    data-state=${failed ? 'failed' : 'idle'}
    data-reason=${reason}
  >
    <p>${message}</p>
    ${
      reason === 'invalid-identifier'
        ? null
        : html`<button type="button" @click=${onRetry}>
            ${failed ? t.retry : t.lookUp}
          </button>`
    }
  </div>`;
}
