import {
  findPageCompanies,
  type DetectedCompany,
  type PageCompanies,
  type Seen,
} from '@ti-toolkit/core/page-companies';
import type {PageReport} from '../messages/page-report.ts';

/** The companies in the worker's shape: the core's findings without their text positions. */
const toDetected = ({
  siren,
  siret,
  source,
  confidence,
  name,
  role,
}: DetectedCompany): DetectedCompany => ({
  siren,
  siret,
  source,
  confidence,
  ...(name === undefined ? {} : {name}),
  ...(role === undefined ? {} : {role}),
});

/**
 * A page's companies and default choice from the content script's report, by the core's one pipeline (the
 * same as `ti scan`). Where the report says how the reader sees a span, the choice uses it; a span it did not
 * check is taken as written.
 */
export function pageCompaniesOf(report: PageReport): {
  companies: DetectedCompany[];
  choice: PageCompanies['choice'];
} {
  const seen = new Map<number, Seen>(report.seen);
  const {companies, choice} = findPageCompanies(
    {
      url: report.url,
      text: report.text,
      structuredData: report.structuredData,
    },
    (index) => seen.get(index) ?? 'as-written'
  );
  return {companies: companies.map(toDetected), choice};
}
