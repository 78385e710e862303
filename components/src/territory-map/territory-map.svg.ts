import type {RegionShape, TerritoryShape} from '@ti-toolkit/data/geometry';
import {html, nothing, svg} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {styleMap} from 'lit/directives/style-map.js';
import {
  frame,
  pathBox,
  type Box,
  type MapData,
} from './territory-map.geometry.ts';

/** The territory to highlight, and what to say when there is none to show (an unknown id, a place of another phase). */
export interface Highlight {
  shape: TerritoryShape | null;
  note: string | null;
  /** The note reports a mistake in the page's attributes. */
  alert?: boolean;
}

const boxes = new WeakMap<object, Box>();
const boxOf = (shape: TerritoryShape | RegionShape): Box => {
  let box = boxes.get(shape);
  if (!box)
    boxes.set(
      shape,
      (box = pathBox(shape.d, 'points' in shape ? shape.points : []))
    );
  return box;
};

/** A territory's outline, or dots for the communes the source gives as points only. */
const shape = (t: TerritoryShape, part: string) =>
  svg`${t.d ? svg`<path part=${part} data-id=${t.id} d=${t.d}></path>` : nothing}${(
    t.points ?? []
  ).map(
    ([x, y]) =>
      svg`<circle part=${part} data-id=${t.id} cx=${x} cy=${y}></circle>`
  )}`;

/**
 * Every territory of the phase (or of one region), the region outlines and the inset frames, drawn once per data
 * and region: hovering or highlighting only redraws the two shapes laid over them. The zoom is a CSS transform, so
 * that it can be animated, and is not when the system asks for reduced motion (territory-map.styles.ts).
 */
export function renderMap(options: {
  data: MapData;
  region: RegionShape | null;
  highlight: TerritoryShape | null;
  pointed: TerritoryShape | null;
  onPoint: (event: Event) => void;
  onLeave: () => void;
  onClick: (event: Event) => void;
}) {
  const {data, region, highlight, pointed} = options;
  const {viewBox, insets} = data.territories;
  const framed = highlight ?? region;
  const zoom = frame(framed ? boxOf(framed) : null, viewBox);
  const named = pointed ?? highlight;
  const [, , width, height] = viewBox;
  const label = named && {
    left: `${((zoom.scale * named.label[0] + zoom.x) / width) * 100}%`,
    top: `${((zoom.scale * named.label[1] + zoom.y) / height) * 100}%`,
  };
  // A click on a territory is the pointer's shortcut; the keyboard's way to the same choice is the search field and
  // its list (not 183 tab stops: issue 15 §2), so the shapes take no key events.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  return html`<div class="ti-map-frame">
    <svg
      part="map"
      viewBox=${viewBox.join(' ')}
      role="img"
      aria-labelledby="caption"
      @pointerover=${options.onPoint}
      @pointerleave=${options.onLeave}
      @click=${options.onClick}
    >
      <g
        class="ti-zoom"
        style=${styleMap({
          transform: `translate(${zoom.x}px, ${zoom.y}px) scale(${zoom.scale})`,
          // The dots keep their size on screen when the map zooms (the styles divide their radius by it).
          '--_zoom': String(zoom.scale),
        })}
      >
        ${guard(
          [data, region],
          () =>
            svg`<g class="ti-land">${data.regions.regions.map((r) => svg`<path d=${r.d}></path>`)}</g>
            <g>${data.territories.territories
              .filter((t) => !region || t.region === region.code)
              .map((t) => shape(t, 'territory'))}</g>
            <g>${data.regions.regions.map((r) => svg`<path part="region" d=${r.d}></path>`)}</g>
            ${insets.map(
              ({box: [x, y, w, h]}) =>
                svg`<rect part="inset" x=${x} y=${y} width=${w} height=${h}></rect>`
            )}`
        )}
        ${highlight ? shape(highlight, 'highlight') : nothing}
        ${pointed ? shape(pointed, 'pointer') : nothing}
      </g>
    </svg>
    ${
      named && label
        ? html`<span part="tooltip" aria-hidden="true" style=${styleMap(label)}
            >${named.name}</span
          >`
        : nothing
    }
  </div>`;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
