import {annuaireEntreprises} from './annuaire-entreprises.ts';
import type {DetectedCompany, Detector, Page} from './detector.ts';
import {infogreffe} from './infogreffe.ts';
import {jsonLd} from './json-ld.ts';
import {mergeCompanies} from './merge-companies.ts';
import {pappers} from './pappers.ts';
import {societeCom} from './societe-com.ts';

export type {DetectedCompany, Detector, Page} from './detector.ts';

/** Every page detector, registry URLs first: their order decides which source and name a merge keeps. */
export const DETECTORS: readonly Detector[] = [
  annuaireEntreprises,
  pappers,
  societeCom,
  infogreffe,
  jsonLd,
];

/** The registry sites the detectors read: the extension always scans them (its host permissions). */
export const REGISTRY_HOSTS: readonly string[] = DETECTORS.flatMap(
  (detector) => detector.hosts
);

/** Match patterns for the registry sites (https only: every one of them serves https). */
export const REGISTRY_MATCHES: readonly string[] = REGISTRY_HOSTS.map(
  (host) => `https://${host}/*`
);

/**
 * Runs every detector on the page and merges their findings by SIREN (the first SIRET and name given are
 * kept). Never throws.
 */
export function detectCompanies(
  page: Page,
  detectors: readonly Detector[] = DETECTORS
): DetectedCompany[] {
  const found: DetectedCompany[] = [];
  for (const detector of detectors) {
    try {
      found.push(...detector.detect(page));
    } catch {
      // The page is hostile or odd in ways no detector foresaw; one detector failing must not cost the
      // adviser what the others found, nor break the content script on someone else's page.
    }
  }
  return mergeCompanies(found);
}
