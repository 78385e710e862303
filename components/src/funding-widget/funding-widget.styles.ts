import {css} from 'lit';

export const fundingWidgetStyles = css`
  :host {
    --_fw-gap: var(--ti-funding-widget-gap, var(--_gap));
    --_fw-padding: var(--ti-funding-widget-padding, 1rem);
    --_fw-bg: var(--ti-funding-widget-background, var(--_bg));
    --_fw-border: var(--ti-funding-widget-border-color, var(--_border));
    --_fw-radius: var(--ti-funding-widget-radius, var(--_radius));
    --_control-radius: var(--_fw-radius);
    --_control-accent: var(--_fw-accent);
    --_fw-accent: var(--ti-funding-widget-accent, var(--_accent));
  }

  [part='base'] {
    display: grid;
    gap: var(--_fw-gap);
  }

  [part='messages'] {
    display: grid;
    gap: 0.25rem;
  }

  [part='messages'] p {
    margin: 0;
  }

  [part='form'] {
    display: grid;
    gap: var(--_fw-gap);
    padding: var(--_fw-padding);
    border: 1px solid var(--_fw-border);
    border-radius: var(--_fw-radius);
    background: var(--_fw-bg);
  }

  [part='fieldset'] {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    margin-bottom: 0.5rem;
    padding: 0;
    font-weight: 700;
  }

  [part='field'] {
    display: grid;
    gap: 0.25rem;
  }

  label {
    font-weight: 600;
  }

  select,
  input[type='text'],
  input[type='number'] {
    min-height: 2.5rem;
    max-width: 100%;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_fw-border);
    border-radius: var(--_fw-radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }

  select {
    width: min(100%, 24rem);
  }

  input[type='number'] {
    width: 8rem;
  }

  [aria-invalid='true'] {
    border-color: var(--_bad);
  }

  .ti-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .ti-row input {
    flex: 1 1 14rem;
  }

  .ti-hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .ti-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }

  .ti-choice {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    font-weight: 400;
  }

  .ti-choice input {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--_fw-accent);
  }

  [part='place'] {
    display: grid;
    gap: 0.5rem;
  }

  [part='place']:empty {
    display: none;
  }

  [part='candidates'],
  [part='list'],
  [part='reasons'],
  [part='amounts'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='candidates'] {
    display: grid;
    gap: 0.5rem;
  }

  [part='results'] {
    display: grid;
    gap: var(--_fw-gap);
  }

  [part='counts'] {
    margin: 0;
    font-weight: 600;
  }

  [part='group'] {
    display: grid;
    gap: 0.75rem;
  }

  [part='group-title'] {
    font-size: 1.125rem;
    font-weight: 700;
  }

  [part='list'] {
    display: grid;
    gap: var(--_fw-gap);
  }

  [part='result'] {
    --_verdict: var(--ti-funding-widget-to-check-color, var(--_warn));
    display: grid;
    gap: 0.5rem;
    padding: var(--_fw-padding);
    border: 1px solid var(--_fw-border);
    border-inline-start: 0.375rem solid var(--_verdict);
    border-radius: var(--_fw-radius);
    background: var(--_fw-bg);
  }

  [part='result'][data-verdict='eligible'] {
    --_verdict: var(--ti-funding-widget-eligible-color, var(--_ok));
  }

  [part='result'][data-verdict='not-eligible'] {
    --_verdict: var(--ti-funding-widget-not-eligible-color, var(--_bad));
  }

  [part='title'] {
    font-size: var(--ti-funding-widget-title-size, 1.0625rem);
    font-weight: 700;
  }

  [part='result'] p {
    margin: 0;
  }

  .ti-line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  [part='verdict'],
  [part='status'] {
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
  }

  [part='verdict'] {
    color: var(--_verdict);
  }

  [part='status'] {
    color: var(--_muted);
  }

  [part='status'][data-status='unconfirmed'],
  [part='status-note'] {
    color: var(--_warn);
  }

  [part='estimate'] {
    font-weight: 700;
  }

  [part='estimate'][data-confirmed='false'] {
    color: var(--_warn);
  }

  [part='reasons'] {
    display: grid;
    gap: 0.25rem;
  }

  [part='reason'] {
    display: flex;
    gap: 0.5rem;
  }

  .ti-icon {
    flex: none;
    width: 1.25rem;
    font-weight: 700;
    text-align: center;
  }

  [data-met='met'] .ti-icon {
    color: var(--_ok);
  }

  [data-met='notMet'] .ti-icon {
    color: var(--_bad);
  }

  [data-met='toCheck'] .ti-icon {
    color: var(--_warn);
  }

  [part='facts'] {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }

  [part='facts'] div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
  }
`;
