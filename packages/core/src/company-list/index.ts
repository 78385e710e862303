export type {CompanyList} from './company-list.ts';
export {readCompanyList, type CompanyListRead} from './read-company-list.ts';
export {
  explainListError,
  listError,
  type ListError,
  type ListErrorCode,
} from './list-error.ts';
export {LIST_LIMITS} from './limits.ts';
export {
  LIST_COLUMNS,
  listAnswerOf,
  listStatusOf,
  type ListAnswer,
  type ListColumn,
  type ListStatus,
} from './list-answer.ts';
export {writeCompanyList} from './write-company-list.ts';
export {neutraliseCell} from './neutralise-cell.ts';
export {looksLikeIdentifier} from './identifier-column.ts';
export {placeInputOf} from './place-input.ts';
export {LIST_STATUS_LABELS} from './list-status-labels.ts';
