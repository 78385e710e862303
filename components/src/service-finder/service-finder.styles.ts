import {css} from 'lit';

/** The finder's custom properties, in the first download: the loading line's retry button already wears them. */
export const serviceFinderTokens = css`
  :host {
    --_sf-gap: var(--ti-service-finder-gap, var(--_gap));
    --_sf-border: var(--ti-service-finder-border-color, var(--_border));
    --_sf-radius: var(--ti-service-finder-radius, var(--_radius));
    --_control-radius: var(--_sf-radius);
    --_control-border: var(--_sf-border);
    --_control-accent: var(--_sf-accent);
    --_sf-accent: var(--ti-service-finder-accent, var(--_accent));
    --_list-border: var(--_sf-border);
    container-type: inline-size;
  }
`;
