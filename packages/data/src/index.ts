export type * from './tables.ts';
export type * from './history.ts';
export {
  INSEE_CODE,
  decodeCodeList,
  encodeCodeList,
  communeCodeToNumber,
  numberToCommuneCode,
} from './code-list.ts';
