import type {CommunesTable} from '../src/tables.ts';

declare const table: CommunesTable;
export default table;
