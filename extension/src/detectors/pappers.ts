import type {DetectedCompany, Detector} from './detector.ts';
import {PAPPERS_HOSTS} from './registry-hosts.ts';
import {companyInSegment, registryPath} from './registry-url.ts';

const ID = 'pappers';

/** Pappers, by URL: `/entreprise/<slug>-<siren>` (or a bare SIREN). Examples in `pappers.examples.ts`. */
export const pappers: Detector = {
  id: ID,
  reads: 'url',
  detect({url}): DetectedCompany[] {
    const path = registryPath(url, PAPPERS_HOSTS);
    if (path?.length !== 2 || path[0] !== 'entreprise') return [];
    return companyInSegment(path[1]!, 'siren', ID);
  },
};
