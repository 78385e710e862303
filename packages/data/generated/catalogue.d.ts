import type {Catalogue} from '../src/catalogue/types.ts';

declare const table: Catalogue;
export default table;
