import {css} from 'lit';

/** An entry's provenance (newest source, all sources, report link) and the review notice, in both components. */
export const provenanceStyles = css`
  .ti-note,
  [part='source'],
  [part='sources'],
  [part='report'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  [part='sources'] ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }

  [part='sources'] summary {
    cursor: pointer;
    width: fit-content;
  }

  [part='review-notice'] {
    color: var(--_warn);
    border: 1px solid currentColor;
  }
`;
