import {css} from 'lit';

export const priorityCardsStyles = css`
  [part='base'] {
    display: grid;
    gap: var(--ti-priority-cards-gap, var(--_gap));
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  :host([layout='list']) [part='base'] {
    grid-template-columns: 1fr;
  }

  [part~='card'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--ti-priority-cards-padding, 1rem);
    border: 1px solid var(--ti-priority-cards-border-color, var(--_border));
    border-radius: var(--ti-priority-cards-radius, var(--_radius));
    background: var(--ti-priority-cards-background, var(--_bg));
  }

  [part~='card'][data-selected] {
    border-color: var(--ti-priority-cards-accent, var(--_accent));
    box-shadow: inset 0 0 0 2px var(--ti-priority-cards-accent, var(--_accent));
  }

  [part='rank'] {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  [part='title'] {
    margin: 0;
    font-size: var(--ti-priority-cards-title-size, 1.125rem);
    font-weight: 700;
  }

  [part='summary'] {
    margin: 0;
  }

  [part='covers'] {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--_muted);
  }

  [part='button'] {
    align-self: start;
    margin-top: auto;
    padding: 0.5rem 0.875rem;
    border: 1px solid var(--ti-priority-cards-accent, var(--_accent));
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--ti-priority-cards-accent, var(--_accent));
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  [part='button'][aria-pressed='true'] {
    background: var(--ti-priority-cards-accent, var(--_accent));
    color: var(--_on-accent);
  }
`;
