import {defineOnce} from '../define-once.ts';
import {TiTerritoryCard} from './territory-card.component.ts';

export {TiTerritoryCard};
defineOnce('ti-territory-card', TiTerritoryCard);

declare global {
  interface HTMLElementTagNameMap {
    'ti-territory-card': TiTerritoryCard;
  }
}
