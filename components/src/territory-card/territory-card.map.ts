import {html, nothing, svg} from 'lit';
import {
  LOADERS,
  pathBox,
  type MapData,
} from '../territory-map/territory-map.geometry.ts';

/** The map's geometry of the programme under way, loaded on the first card with `map` (the same loader as the map's). */
export const loadSmallMap = LOADERS['2023-2027'];

/**
 * A small, still map of one territory inside its lead region's outline (`map` attribute): where it is, at a glance.
 * Not interactive: the territory map (`<ti-territory-map>`) is the one to explore. Null when the geometry has no
 * shape for the id.
 */
export function renderSmallMap(data: MapData, id: string, label: string) {
  const shape = data.byId.get(id);
  if (!shape) return nothing;
  const region = data.regions.regions.find((r) => r.code === shape.region);
  const [x, y, w, h] = region
    ? pathBox(region.d)
    : pathBox(shape.d, shape.points);
  const pad = Math.max(w, h) * 0.06;
  const dot = Math.max(w, h) / 60;
  return html`<svg
    part="map"
    role="img"
    aria-label=${label}
    viewBox="${x - pad} ${y - pad} ${w + 2 * pad} ${h + 2 * pad}"
  >
    ${region ? svg`<path part="map-region" d=${region.d}></path>` : nothing}
    ${shape.d ? svg`<path part="map-territory" d=${shape.d}></path>` : nothing}
    ${(shape.points ?? []).map(
      ([cx, cy]) =>
        svg`<circle part="map-territory" cx=${cx} cy=${cy} r=${dot}></circle>`
    )}
  </svg>`;
}
