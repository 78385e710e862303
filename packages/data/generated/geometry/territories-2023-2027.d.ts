import type {TerritoryGeometry} from '../../src/geometry.ts';

declare const geometry: TerritoryGeometry;
export default geometry;
