import {css} from 'lit';

export const territoryCardStyles = css`
  [part='base'] {
    padding: var(--ti-territory-card-padding, 1.25rem);
    border: 1px solid var(--ti-territory-card-border-color, var(--_border));
    border-radius: var(--ti-territory-card-radius, var(--_radius));
    background: var(--ti-territory-card-background, var(--_bg));
  }

  [part='kicker'] {
    margin: 0;
    color: var(--ti-territory-card-accent, var(--_accent));
    font-size: 0.875rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  [part='name'] {
    margin: 0.25rem 0 0.75rem;
    font-size: var(--ti-territory-card-name-size, 1.5rem);
    font-weight: 700;
  }

  [part='reason'] {
    margin: 0 0 1rem;
  }

  [part='facts'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 1rem;
  }

  [part='facts'] dt {
    color: var(--_muted);
  }

  [part='facts'] dd {
    margin: 0;
  }

  [part='groupements'] {
    margin: 0 0 1rem;
  }

  [part='groupements'] ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }

  [part='map'] {
    display: block;
    width: 100%;
    max-width: 16rem;
    height: auto;
    margin: 0 0 0.75rem;
  }

  [part='map-region'] {
    fill: var(--_subtle);
    stroke: var(--_border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }

  [part='map-territory'] {
    fill: var(--ti-territory-card-accent, var(--_accent));
  }

  [part='vintage'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  [part='candidates'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }

  [part='candidates'] button {
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
`;
