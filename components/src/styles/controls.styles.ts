import {css} from 'lit';

/**
 * The controls of the components with a form (finder, funding widget, list check), written once for them: buttons
 * outlined in the component's accent (the place button filled), fields, hints, a field with its button on one row.
 * Each component sets `--_control-accent`, `--_control-border` and `--_control-radius` from its own custom
 * properties. Touch targets stay at least 44 px high.
 */
export const controlStyles = css`
  label {
    font-weight: 600;
  }

  input[type='search'],
  input[type='text'],
  input[type='number'],
  select,
  textarea {
    max-width: 100%;
    min-height: 2.75rem;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_control-border);
    border-radius: var(--_control-radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }

  .ti-hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .ti-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .ti-row input {
    flex: 1 1 14rem;
  }

  [part='place'] {
    display: grid;
    gap: 0.5rem;
  }

  button {
    min-height: 2.75rem;
    padding: 0.5rem 0.875rem;
    border: 1px solid var(--_control-accent);
    border-radius: var(--_control-radius);
    background: var(--_bg);
    color: var(--_control-accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }

  [part='place-button'] {
    background: var(--_control-accent);
    color: var(--_on-accent);
  }
`;
