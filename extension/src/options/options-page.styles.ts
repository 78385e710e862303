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
