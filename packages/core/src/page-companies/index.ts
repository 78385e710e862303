// One detection pipeline for the extension and `ti scan`: detectors (registry URLs, structured data), the
// text scan with legal-notice roles, ranking and the default choice.
export {findPageCompanies, TEXT_SCAN} from './find-page-companies.ts';
export {chooseCompany} from './choose-company.ts';
export {rankCompanies} from './rank-companies.ts';
export {noticeRole} from './notice-role.ts';
export {MAX_PAGE_COMPANIES, ROLE_REACH} from './limits.ts';
export {structuredDataInHtml} from './structured-data-in-html.ts';
export {condenseText, type CondensedText} from './condense-text.ts';
export {
  DETECTORS,
  REGISTRY_HOSTS,
  REGISTRY_MATCHES,
  detectCompanies,
} from './detectors/index.ts';
export {mergeCompanies} from './detectors/merge-companies.ts';
export type {Detector, Page} from './detectors/detector.ts';
export {NOTICE_ROLES} from './page-company.ts';
export type {
  DetectedCompany,
  NoticeRole,
  TextCompany,
  TextSpan,
} from './page-company.ts';
export type {
  ChoiceReason,
  DefaultChoice,
  PageCompanies,
  PageCompany,
  PageFacts,
  Seen,
} from './page-companies.ts';
