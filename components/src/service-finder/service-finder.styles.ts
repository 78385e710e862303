import {css} from 'lit';

export const serviceFinderStyles = css`
  :host {
    --_sf-gap: var(--ti-service-finder-gap, var(--_gap));
    --_sf-border: var(--ti-service-finder-border-color, var(--_border));
    --_sf-radius: var(--ti-service-finder-radius, var(--_radius));
    --_control-radius: var(--_sf-radius);
    --_control-accent: var(--_sf-accent);
    --_sf-accent: var(--ti-service-finder-accent, var(--_accent));
    container-type: inline-size;
  }

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

  label,
  legend,
  summary {
    font-weight: 600;
  }

  .ti-hint {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  input[type='search'],
  input[type='text'] {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_sf-border);
    border-radius: var(--_sf-radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }

  .ti-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .ti-row input {
    flex: 1 1 14rem;
    width: auto;
  }

  [hidden] {
    display: none !important;
  }

  [part='place'] {
    display: grid;
    gap: 0.5rem;
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

  [part='count'] {
    margin: 0;
    font-weight: 600;
  }

  [part='list'] {
    display: grid;
    gap: var(--_sf-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='result'] {
    display: grid;
    gap: 0.5rem;
    padding: var(--ti-service-finder-padding, 1rem);
    border: 1px solid var(--_sf-border);
    border-radius: var(--_sf-radius);
    background: var(--ti-service-finder-background, var(--_bg));
  }

  [part='title'] {
    font-size: var(--ti-service-finder-title-size, 1.125rem);
    font-weight: 700;
  }

  [part='result'] p {
    margin: 0;
  }

  [part='status'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
  }

  [part='badge'] {
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
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

  [part='status-note'] {
    color: var(--_muted);
    font-size: 0.875rem;
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
