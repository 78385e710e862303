import type {TerritoryHistoryTable} from '../src/history.ts';

declare const table: TerritoryHistoryTable;
export default table;
