import type {CompanyList} from './company-list.ts';
import {columnPrefix} from './identifier-column.ts';

/**
 * What the place resolver reads for a row: its identifier cell, trimmed, prefixed after its column's header
 * (`cp:01100` in a `code_postal` column) unless the cell says its own kind (`insee:01001`). Without a header, or
 * under a header of another name, the cell as it is.
 */
export function placeInputOf(list: CompanyList, rowIndex: number): string {
  const cell = (list.rows[rowIndex]?.[list.column] ?? '').trim();
  const prefix = list.hasHeader
    ? columnPrefix(list.headers[list.column] ?? '')
    : '';
  return cell && prefix && !/^[a-z]+:/i.test(cell) ? prefix + cell : cell;
}
