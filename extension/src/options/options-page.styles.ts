import {css} from 'lit';

/** The options page's own layout, on the components' `themeStyles` (applied first), like the side panel. */
export const optionsPageStyles = css`
  :host {
    max-width: 48rem;
    margin: 0 auto;
    padding: 1.5rem;
  }

  .ti-muted {
    color: var(--_muted);
  }

  .ti-check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-weight: 600;
  }

  .ti-check input {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_accent);
  }

  .ti-granted li {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    margin-block: 0.25rem;
  }

  .ti-add label {
    font-weight: 600;
  }

  .ti-row {
    display: flex;
    gap: 0.5rem;
  }

  input[type='text'] {
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

  button[type='submit'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .ti-problem,
  .ti-feedback[data-tone='error'] {
    color: var(--_bad);
  }

  .ti-feedback[data-tone='ok'] {
    color: var(--_ok);
  }

  .ti-problem:empty {
    display: none;
  }
`;
