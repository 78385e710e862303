import {css} from 'lit';

/**
 * The panel's own layout; colours, fonts, focus and dark mode come from the components' `themeStyles` (applied
 * first), so the panel and the cards inside it match.
 */
export const adviserPanelStyles = css`
  :host {
    padding: var(--_gap);
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

  .ti-hand-off {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }

  .ti-hand-off a,
  .ti-list-check a {
    font-weight: 600;
  }

  .ti-hand-off .ti-muted {
    display: block;
    font-size: 0.9rem;
  }

  .ti-verdict-sentence {
    font-size: 1.05rem;
    font-weight: 700;
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
