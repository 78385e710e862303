import {css} from 'lit';

export const territoryMapStyles = css`
  [part='base'] {
    display: grid;
    gap: 0.75rem;
    max-width: var(--ti-territory-map-max-width, 60rem);
  }

  .ti-search {
    display: grid;
    gap: 0.25rem;
  }

  label {
    font-weight: 600;
  }

  .ti-hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .ti-combo {
    position: relative;
  }

  [part='search'] {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }

  [part='options'] {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    max-height: 16rem;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    overflow-y: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    list-style: none;
  }

  [part~='option'] {
    padding: 0.5rem 0.75rem;
    cursor: pointer;
  }

  [part~='option']:hover,
  [part~='active'] {
    background: var(--_subtle);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }

  [part~='option'][aria-selected='true'] {
    font-weight: 700;
  }

  figure {
    margin: 0;
  }

  .ti-map-frame {
    position: relative;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  [part='map'] {
    display: block;
    width: 100%;
    height: auto;
  }

  .ti-zoom {
    transform-origin: 0 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    .ti-zoom {
      transition: transform var(--ti-territory-map-zoom-duration, 400ms) ease;
    }
  }

  .ti-land path {
    fill: var(--ti-territory-map-land, var(--_subtle));
  }

  [part='territory'] {
    fill: var(
      --ti-territory-map-fill,
      color-mix(in srgb, var(--_accent) 40%, var(--_bg))
    );
    stroke: var(--ti-territory-map-border, var(--_bg));
    stroke-width: 0.5px;
    fill-rule: evenodd;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
  }

  [part='territory']:hover {
    fill: var(
      --ti-territory-map-highlight,
      color-mix(in srgb, var(--_accent) 70%, var(--_bg))
    );
  }

  circle {
    r: calc(6px / var(--_zoom, 1));
  }

  [part='region'],
  [part='inset'] {
    fill: none;
    stroke: var(--ti-territory-map-region-border, var(--_border));
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }

  [part='highlight'],
  [part='pointer'] {
    fill-rule: evenodd;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }

  [part='highlight'] {
    fill: var(--ti-territory-map-highlight, var(--_accent));
    stroke: var(--_fg);
    stroke-width: 1.5px;
  }

  [part='pointer'] {
    fill: none;
    stroke: var(--ti-territory-map-pointer, var(--_focus));
    stroke-width: 3px;
  }

  circle[part='pointer'] {
    fill: var(--ti-territory-map-pointer, var(--_focus));
  }

  [part='tooltip'] {
    position: absolute;
    transform: translate(-50%, calc(-100% - 0.5rem));
    max-width: 16rem;
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
    background: var(--_fg);
    color: var(--_bg);
    font-size: 0.875rem;
    font-weight: 600;
    text-align: center;
    pointer-events: none;
  }

  [part='caption'] {
    margin-top: 0.5rem;
  }

  [part='reset'],
  [part='candidates'] button,
  [part='place-retry'],
  .ti-message button {
    justify-self: start;
    min-height: 2.75rem;
    padding: 0.5rem 0.875rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  [part='place'] p {
    margin: 0 0 0.5rem;
  }

  [part='candidates'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='source'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  @media (forced-colors: active) {
    [part='highlight'] {
      fill: Highlight;
    }

    [part='pointer'] {
      stroke: CanvasText;
    }
  }
`;
