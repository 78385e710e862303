import {css} from 'lit';

/** The finder's styles but its custom properties: they come with the templates (templates.ts). */
export const templateStyles = css`
  [part='base'] {
    display: grid;
    gap: var(--_sf-gap);
  }

  [part='invalid'] p {
    margin: 0;
  }

  [part='search'],
  form {
    display: grid;
    gap: 0.25rem;
  }

  legend,
  summary {
    font-weight: 600;
  }

  input[type='search'] {
    width: 100%;
  }

  [part='place-answer']:empty {
    display: none;
  }

  [part='place-answer'] p,
  [part='candidates'] p {
    margin: 0;
  }

  [part='verdict'] {
    font-weight: 700;
  }

  [part='verdict'][data-status='in-territory'] {
    color: var(--_ok);
  }

  [part='verdict'][data-status='not-in-territory'],
  [part='verdict'][data-status='not-found'],
  [part='verdict'][data-status='invalid'] {
    color: var(--_warn);
  }

  [part='reason'] {
    color: var(--_muted);
  }

  [part='candidates'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }

  .ti-layout {
    display: grid;
    gap: var(--_sf-gap);
    align-items: start;
  }

  @container (min-width: 48rem) {
    .ti-layout {
      grid-template-columns:
        var(--ti-service-finder-filters-width, 16rem)
        minmax(0, 1fr);
    }
  }

  .ti-filters-body {
    display: grid;
    gap: 0.75rem;
    margin-top: 0.75rem;
  }

  summary {
    cursor: pointer;
  }

  fieldset {
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--_sf-border);
    border-radius: var(--_sf-radius);
  }

  [part='option'] {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding: 0.125rem 0;
    font-weight: 400;
    cursor: pointer;
  }

  [part='option'] input {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    flex: none;
    align-self: center;
    accent-color: var(--_sf-accent);
  }

  [part='option-count'] {
    margin-inline-start: auto;
    color: var(--_muted);
  }

  [part='results'] {
    display: grid;
    gap: 0.75rem;
  }

  .ti-results-head,
  [part='sort'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }

  /* The sort order wraps under the count, and its select never makes a narrow screen scroll sideways. */
  [part='sort'] {
    gap: 0.5rem;
    min-width: 0;
  }

  [part='count'] {
    margin: 0;
    font-weight: 600;
  }

  [part='list'] {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='result'] {
    display: grid;
    gap: 0.125rem;
    padding: var(--ti-service-finder-padding, 0.125rem 0.75rem 0.5rem);
    border: 1px solid var(--_sf-border);
    border-radius: var(--_sf-radius);
    background: var(--ti-service-finder-background, var(--_bg));
  }

  [part='title'] {
    font-size: var(--ti-service-finder-title-size, 1.0625rem);
  }

  [part='headline-amount'] {
    font-weight: 600;
  }

  [part='kind'] {
    color: var(--_muted);
  }

  [part='result'] p {
    margin: 0;
  }

  [data-status='open'] [part='badge'],
  [data-status='running'] [part='badge'] {
    color: var(--_ok);
  }

  [data-status='unconfirmed'] [part='badge'],
  [data-status='upcoming'] [part='badge'] {
    color: var(--_warn);
  }

  [data-status='closed'] [part='badge'] {
    color: var(--_bad);
  }

  [part='status-note'],
  [part='scope'] {
    color: var(--_muted);
  }

  [part='availability'] {
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid var(--_sf-border);
  }

  [part='availability'][data-availability='yes'] {
    border-color: var(--_ok);
  }

  [part='availability'][data-availability='no'] {
    border-color: var(--_bad);
  }

  [part='show-more'] {
    justify-self: start;
  }

  [part='details'] {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }

  [part='details'] > div {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    column-gap: 0.75rem;
  }

  dt {
    grid-column: 1;
    color: var(--_muted);
  }

  dd {
    grid-column: 2;
    margin: 0;
  }

  [part='empty'] {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  [part='empty'] p {
    margin: 0;
  }
`;
