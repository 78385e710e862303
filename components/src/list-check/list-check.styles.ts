import {css} from 'lit';
import {controlStyles} from '../styles/controls.styles.ts';

const ownStyles = css`
  :host {
    --_control-accent: var(--ti-list-check-accent, var(--_accent));
    --_control-border: var(--ti-list-check-border-color, var(--_border));
    --_control-radius: var(--ti-list-check-radius, var(--_radius));
  }

  [part='base'],
  [part='form'],
  form {
    display: grid;
    gap: 0.75rem;
  }

  p {
    margin: 0;
  }

  [part='drop'] {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border: 2px dashed var(--_control-border);
    border-radius: var(--_control-radius);
  }

  /* The paste field: the shared field rule (controls.styles.ts), full width, in a monospace face for numbers. */
  textarea {
    width: 100%;
    font-family: ui-monospace, monospace;
  }

  form button,
  [data-action='download'] {
    justify-self: start;
    background: var(--_control-accent);
    color: var(--_on-accent);
  }

  [part='previous'] {
    display: grid;
    gap: 0.5rem;
  }

  /* A 44 px touch target, as the filters' labels. */
  [part='header-choice'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    justify-self: start;
    min-height: 2.75rem;
    font-weight: 400;
  }

  progress {
    width: 100%;
    height: 1rem;
    accent-color: var(--_control-accent);
  }

  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_control-border);
    border-radius: var(--_control-radius);
  }

  [part='filters'] label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.75rem;
    font-weight: 400;
  }

  [part='table-wrapper'] {
    max-height: var(--ti-list-check-max-height, 32rem);
    overflow: auto;
    border: 1px solid var(--_control-border);
  }

  /* Fixed layout: an answer that fills a row does not make the browser measure every other row again. */
  table {
    width: 100%;
    min-width: 58rem;
    table-layout: fixed;
    border-collapse: collapse;
    font-size: 0.875rem;
  }

  [data-width='row'] {
    width: 4rem;
  }

  [data-width='input'] {
    width: 12%;
  }

  [data-width='territory'],
  [data-width='commune'] {
    width: 14%;
  }

  [data-width='epci'] {
    width: 17%;
  }

  [data-width='status'] {
    width: 10%;
  }

  [data-width='hand-off'] {
    width: 13%;
  }

  caption {
    padding: 0.5rem;
    text-align: start;
    font-weight: 600;
  }

  th,
  td {
    padding: 0.375rem 0.5rem;
    border-top: 1px solid var(--_control-border);
    text-align: start;
    vertical-align: top;
    /* A cell may hold any text: a long word wraps instead of spilling into the next cell. */
    overflow-wrap: break-word;
  }

  thead th {
    position: sticky;
    top: 0;
    background: var(--_subtle);
  }

  [part='row'][data-outcome='in'] [part='status'] {
    color: var(--_ok);
    font-weight: 600;
  }

  [part='row'][data-outcome='failed'] [part='status'] {
    color: var(--_bad);
    font-weight: 600;
  }

  [part='row'][data-outcome='pending'] {
    color: var(--_muted);
  }

  [part='pages'] {
    align-items: center;
  }

  [part='pages'] [aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
  }

  /* One link a line, each a target of its own. */
  [part='hand-off-link'] {
    display: block;
    padding-block: 0.125rem;
  }

  [part='territory-id'] {
    color: var(--_muted);
  }
`;

export const listCheckStyles = [controlStyles, ownStyles];
