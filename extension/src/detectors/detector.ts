import {parseSiren, parseSiret} from '@ti-toolkit/core/identifiers';

/** What a detector looks at: the page's address and its parsed document. */
export interface Page {
  url: URL;
  document: Document;
}

/** A company found on a page. `siren` and `siret` have passed their checksums. */
export interface DetectedCompany {
  siren: string;
  siret: string | null;
  /** The id of the detector that found it. */
  source: string;
  confidence: 'high' | 'low';
  name?: string;
  /** Its part in a legal notice, when the page is one (see page-scan/notice-role.ts). */
  role?: 'publisher' | 'host' | 'maker';
}

/** A small pure function that finds companies on a page; it never fetches and never changes the page. */
export interface Detector {
  id: string;
  /** What it reads: the URL only, or the document too. */
  reads: 'url' | 'document';
  detect(page: Page): DetectedCompany[];
}

/** A page a detector is tested against (house-style §4): its URL and, for document readers, its HTML. */
export interface DetectorExample {
  /** Why the example is there. */
  title: string;
  url: string;
  html?: string;
}

export interface PositiveExample extends DetectorExample {
  /** The companies expected, in order. */
  expected: readonly {siren: string; siret: string | null; name?: string}[];
}

export interface DetectorExamples {
  positive: readonly PositiveExample[];
  /** Pages on which the detector must find nothing. */
  negative: readonly DetectorExample[];
}

/** A company from a 9-digit SIREN, or nothing when the checksum fails. */
export function companyFromSiren(
  input: string,
  source: string,
  name?: string
): DetectedCompany | null {
  const siren = parseSiren(input);
  if (!siren.ok) return null;
  return withName(
    {siren: siren.value, siret: null, source, confidence: 'high'},
    name
  );
}

/** A company from a 14-digit SIRET, or nothing when a checksum fails. */
export function companyFromSiret(
  input: string,
  source: string,
  name?: string
): DetectedCompany | null {
  const siret = parseSiret(input);
  if (!siret.ok) return null;
  return withName(
    {
      siren: siret.value.slice(0, 9),
      siret: siret.value,
      source,
      confidence: 'high',
    },
    name
  );
}

function withName(company: DetectedCompany, name?: string): DetectedCompany {
  return name === undefined ? company : {...company, name};
}
