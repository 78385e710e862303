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

/** How the reader sees an identifier: as the content script saw the digit run it lies in, if it checked it. */
function seenAt(
  checked: PageReport['seen'],
  index: number,
  length: number
): Seen {
  for (const [start, runLength, seen] of checked)
    if (start < index + length && index < start + runLength) return seen;
  return 'as-written';
}

/**
 * A page's companies and default choice from the content script's report, by the core's one pipeline (the
 * same as `ti scan`). Where the report says how the reader sees a digit run, the choice uses it for the identifiers
 * in it; a run it did not check is taken as written.
 */
export function pageCompaniesOf(report: PageReport): {
  companies: DetectedCompany[];
  choice: PageCompanies['choice'];
} {
  const {companies, choice} = findPageCompanies(
    {
      url: report.url,
      text: report.text,
      structuredData: report.structuredData,
    },
    (index, length) => seenAt(report.seen, index, length)
  );
  return {companies: companies.map(toDetected), choice};
}
