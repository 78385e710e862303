export type * from './tables.ts';
export {
  decodeCodeList,
  encodeCodeList,
  communeCodeToNumber,
  numberToCommuneCode,
} from './code-list.ts';
