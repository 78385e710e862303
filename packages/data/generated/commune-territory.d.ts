import type {CommuneTerritoryTable} from '../src/tables.ts';

declare const table: CommuneTerritoryTable;
export default table;
