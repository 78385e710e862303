import {parseSiren, parseSiret} from '../../identifiers/index.ts';

import type {DetectedCompany} from '../page-company.ts';

export type {DetectedCompany} from '../page-company.ts';

/**
 * What a detector looks at: the page's address and the text of its structured data blocks
 * (`<script type="application/ld+json">`), as the page reader found them (the extension's content script
 * from the DOM, `ti scan` from the HTML file).
 */
export interface Page {
  url: URL;
  structuredData: readonly string[];
}

/**
 * A small pure function that finds companies on a page; it never fetches and never changes the page. It
 * describes itself: the extension's host permissions, the side panel's "found in" labels and the tests are
 * derived from these descriptions, so a new registry is one detector file, its examples and one line in
 * `index.ts`.
 */
export interface Detector {
  id: string;
  /** What it reads: the URL only, or the page's structured data. */
  reads: 'url' | 'structured-data';
  /** The registry sites it reads (lower case, https): the extension always scans them. Empty for the others. */
  hosts: readonly string[];
  /** What it finds, for people reading the list of detectors. */
  finds: string;
  /** Where the adviser is told a company was found ("found in <label>"). */
  label: {fr: string; en: string};
  detect(page: Page): DetectedCompany[];
}

/** A page a detector is tested against (house-style §4): its URL and, for structured data readers, its HTML. */
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
