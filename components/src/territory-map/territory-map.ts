import {defineOnce} from '../define-once.ts';
import {TiTerritoryMap} from './territory-map.component.ts';

export {TiTerritoryMap};
defineOnce('ti-territory-map', TiTerritoryMap);

declare global {
  interface HTMLElementTagNameMap {
    'ti-territory-map': TiTerritoryMap;
  }
}
