import {css} from 'lit';

export const fundingWidgetStyles = css`
  :host {
    --_fw-gap: var(--ti-funding-widget-gap, var(--_gap));
    --_fw-padding: var(--ti-funding-widget-padding, 1rem);
    --_fw-bg: var(--ti-funding-widget-background, var(--_bg));
    --_fw-border: var(--ti-funding-widget-border-color, var(--_border));
    --_fw-radius: var(--ti-funding-widget-radius, var(--_radius));
    --_control-radius: var(--_fw-radius);
    --_control-border: var(--_fw-border);
    --_control-accent: var(--_fw-accent);
    --_fw-accent: var(--ti-funding-widget-accent, var(--_accent));
    --_list-border: var(--_fw-border);
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

  select {
    width: min(100%, 24rem);
  }

  input[type='number'] {
    width: 8rem;
  }

  [aria-invalid='true'] {
    border-color: var(--_bad);
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

  [part='place']:empty {
    display: none;
  }

  [part='candidates'] {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
