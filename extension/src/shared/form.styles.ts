import {css} from 'lit';

/**
 * The form controls of the extension's own pages (side panel, options page), on the components' theme tokens:
 * a text field and its button side by side in `.ti-row`, outlined buttons with the submit button filled, touch
 * targets at least 44 px high, problems in the error colour.
 */
export const formStyles = css`
  .ti-row {
    display: flex;
    gap: 0.5rem;
  }

  input[type='text'],
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

  .ti-problem {
    color: var(--_bad);
  }
`;
