import {css} from 'lit';

/**
 * The compact lists of the finder and the funding widget (internal/compact-result.ts): a title that discloses the
 * details, one line of facts, the details. Each component sets `--_control-accent` and `--_list-border`.
 */
export const compactListStyles = css`
  [hidden] {
    display: none !important;
  }

  /* The title's own words and a chevron drawn with borders: screen readers read the title and aria-expanded only. */
  .ti-toggle {
    display: flex;
    gap: 0.625rem;
    align-items: baseline;
    width: 100%;
    padding: 0.5rem 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 700;
  }

  .ti-toggle::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border: solid var(--_control-accent);
    border-width: 0 2px 2px 0;
    transform: translateY(-0.1em) rotate(-45deg);
  }

  .ti-toggle[aria-expanded='true']::before {
    transform: translateY(-0.2em) rotate(45deg);
  }

  .ti-toggle:hover {
    text-decoration: underline;
  }

  .ti-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    margin: 0;
    padding: 0 0 0 1.125rem;
    list-style: none;
    font-size: 0.9375rem;
  }

  .ti-more {
    display: grid;
    gap: 0.5rem;
    margin-top: 0.25rem;
    padding: 0.5rem 0 0.25rem 1.125rem;
    border-top: 1px solid var(--_list-border);
  }

  .ti-pill {
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
  }
`;
