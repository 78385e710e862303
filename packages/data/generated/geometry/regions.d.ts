import type {RegionGeometry} from '../../src/geometry.ts';

declare const geometry: RegionGeometry;
export default geometry;
