import {css} from 'lit';

/** The results' styles: they come with the result templates (funding-widget.results.ts), after the form's. */
export const resultStyles = css`
  [part='list'],
  [part='reasons'],
  [part='amounts'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='results'] {
    display: grid;
    gap: var(--_fw-gap);
  }

  [part='hand-off'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='counts'] {
    margin: 0;
    font-weight: 600;
  }

  [part='group'] {
    display: grid;
    gap: 0.75rem;
  }

  [part='group-title'] {
    font-size: 1.125rem;
    font-weight: 700;
  }

  [part='list'] {
    display: grid;
    gap: 0.5rem;
  }

  [part='result'] {
    --_verdict: var(--ti-funding-widget-to-check-color, var(--_warn));
    display: grid;
    gap: 0.125rem;
    padding: var(--ti-funding-widget-padding, 0.125rem 0.75rem 0.5rem);
    border: 1px solid var(--_fw-border);
    border-inline-start: 0.375rem solid var(--_verdict);
    border-radius: var(--_fw-radius);
    background: var(--_fw-bg);
  }

  [part='result'][data-verdict='eligible'] {
    --_verdict: var(--ti-funding-widget-eligible-color, var(--_ok));
  }

  [part='result'][data-verdict='not-eligible'] {
    --_verdict: var(--ti-funding-widget-not-eligible-color, var(--_bad));
  }

  [part='title'] {
    font-size: var(--ti-funding-widget-title-size, 1.0625rem);
  }

  [part='result'] p {
    margin: 0;
  }

  [part='verdict'] {
    color: var(--_verdict);
  }

  [part='status'] {
    color: var(--_muted);
  }

  [part='status'][data-status='unconfirmed'],
  [part='status-note'] {
    color: var(--_warn);
  }

  [part='estimate'] {
    font-weight: 700;
  }

  [part='estimate'][data-confirmed='false'] {
    color: var(--_warn);
  }

  [part='reasons'] {
    display: grid;
    gap: 0.25rem;
  }

  [part='reason'] {
    display: flex;
    gap: 0.5rem;
  }

  .ti-icon {
    flex: none;
    width: 1.25rem;
    font-weight: 700;
    text-align: center;
  }

  [data-met='met'] .ti-icon {
    color: var(--_ok);
  }

  [data-met='notMet'] .ti-icon {
    color: var(--_bad);
  }

  [data-met='toCheck'] .ti-icon {
    color: var(--_warn);
  }

  [part='facts'] {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }

  [part='facts'] div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
  }
`;
