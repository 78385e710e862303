import {css} from 'lit';

/**
 * The panel's look, on the components' system tokens (`--ti-sys-*`, same fallbacks as their neutral theme), so the
 * panel and the cards inside it match; dark mode follows the system like the components' `theme="auto"`.
 */
export const adviserPanelStyles = css`
  :host {
    --_bg: var(--ti-sys-color-surface, #ffffff);
    --_fg: var(--ti-sys-color-on-surface, #1e1e1e);
    --_muted: var(--ti-sys-color-on-surface-muted, #4d4d4d);
    --_border: var(--ti-sys-color-outline, #8a8a8a);
    --_accent: var(--ti-sys-color-primary, #2c4f8c);
    --_on-accent: var(--ti-sys-color-on-primary, #ffffff);
    --_subtle: var(--ti-sys-color-surface-subtle, #f2f4f7);
    --_warn: var(--ti-sys-color-warning, #8a4b00);
    --_bad: var(--ti-sys-color-error, #a1252b);
    --_focus: var(--ti-sys-color-focus, #0a5fd6);
    --_radius: var(--ti-sys-shape-corner, 0.5rem);
    --_gap: var(--ti-sys-spacing, 1rem);
    display: block;
    box-sizing: border-box;
    padding: var(--_gap);
    font-family: var(
      --ti-sys-typescale-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif
    );
    line-height: 1.5;
    color: var(--_fg);
    background: var(--_bg);
    color-scheme: light;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--ti-sys-dark-color-surface, #161a20);
      --_fg: var(--ti-sys-dark-color-on-surface, #f1f3f5);
      --_muted: var(--ti-sys-dark-color-on-surface-muted, #c3c8cf);
      --_border: var(--ti-sys-dark-color-outline, #7b828c);
      --_accent: var(--ti-sys-dark-color-primary, #9dbcf2);
      --_on-accent: var(--ti-sys-dark-color-on-primary, #0d1a30);
      --_subtle: var(--ti-sys-dark-color-surface-subtle, #222831);
      --_warn: var(--ti-sys-dark-color-warning, #f2c078);
      --_bad: var(--ti-sys-dark-color-error, #ff9a9f);
      --_focus: var(--ti-sys-dark-color-focus, #8fb8ff);
      color-scheme: dark;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h1 {
    margin: 0 0 var(--_gap);
    font-size: 1.25rem;
  }

  h2 {
    margin: 1.5rem 0 0.5rem;
    font-size: 1.1rem;
  }

  h3 {
    font-size: 1rem;
  }

  section,
  ti-territory-card,
  ti-funding-widget {
    margin-block: 0.75rem;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .ti-visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .ti-muted {
    color: var(--_muted);
  }

  .ti-message {
    margin: 0.75rem 0;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }

  .ti-message p {
    margin: 0 0 0.5rem;
  }

  .ti-message[data-state='failed'],
  .ti-warning {
    color: var(--_bad);
    font-weight: 600;
  }

  .ti-notice {
    color: var(--_warn);
  }

  .ti-feedback:empty,
  .ti-problem:empty {
    display: none;
  }

  .ti-problem {
    color: var(--_bad);
  }

  button {
    min-height: 2.75rem;
    padding: 0.5rem 0.875rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button[type='submit'],
  .ti-copy {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  fieldset {
    margin: 0.75rem 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }

  .ti-option {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.375rem 0;
    cursor: pointer;
  }

  .ti-option input {
    margin-top: 0.3rem;
    accent-color: var(--_accent);
  }

  .ti-choice > span,
  .ti-option-text > span {
    display: block;
  }

  .ti-choice-name {
    font-weight: 600;
  }

  .ti-facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0.75rem;
  }

  .ti-facts dt {
    font-weight: 600;
  }

  .ti-facts dd {
    margin: 0;
  }

  .ti-verdict-sentence {
    font-size: 1.05rem;
    font-weight: 700;
  }

  .ti-search-row {
    display: flex;
    gap: 0.5rem;
  }

  input[type='search'],
  textarea {
    flex: 1;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }

  textarea {
    display: block;
    width: 100%;
  }

  .ti-search label {
    font-weight: 600;
  }

  .ti-search p {
    margin: 0.25rem 0;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
