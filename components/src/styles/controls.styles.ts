import {css} from 'lit';

/**
 * The buttons of the components with a form (finder, funding widget): outlined in the component's accent, the place
 * button filled. Each component sets `--_control-accent` and `--_control-radius` from its own custom properties.
 * Touch targets stay at least 44 px high.
 */
export const controlStyles = css`
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
