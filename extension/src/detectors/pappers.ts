import {
  companyFromSiren,
  type DetectedCompany,
  type Detector,
} from './detector.ts';
import {registryPath, trailingNumber} from './registry-url.ts';

const ID = 'pappers';

/** Pappers, by URL: `/entreprise/<slug>-<siren>` (or a bare SIREN). Examples in `pappers.examples.ts`. */
export const pappers: Detector = {
  id: ID,
  reads: 'url',
  detect({url}): DetectedCompany[] {
    const path = registryPath(url, ['www.pappers.fr', 'pappers.fr']);
    if (path?.length !== 2 || path[0] !== 'entreprise') return [];
    const siren = trailingNumber(path[1]!, 9);
    const company = siren === null ? null : companyFromSiren(siren, ID);
    return company ? [company] : [];
  },
};
