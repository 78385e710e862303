import {defineOnce} from '../define-once.ts';
import {TiPriorityCards} from './priority-cards.component.ts';

export {TiPriorityCards};
defineOnce('ti-priority-cards', TiPriorityCards);

declare global {
  interface HTMLElementTagNameMap {
    'ti-priority-cards': TiPriorityCards;
  }
}
