import type {TerritoriesTable} from '../src/tables.ts';

declare const table: TerritoriesTable;
export default table;
