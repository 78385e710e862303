import {
  companyFromSiren,
  type DetectedCompany,
  type Detector,
} from './detector.ts';
import {registryPath} from './registry-url.ts';

const ID = 'infogreffe';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Infogreffe, by URL: `/entreprise/<slug>/<siren>/<uuid>` and `/entreprise/<slug>/<siren>`. Older forms
 * (`/entreprise-societe/...html`, `?siren=` queries) are left out until we have real pages to test them on.
 * Examples in `infogreffe.examples.ts`.
 */
export const infogreffe: Detector = {
  id: ID,
  reads: 'url',
  detect({url}): DetectedCompany[] {
    const path = registryPath(url, ['www.infogreffe.fr', 'infogreffe.fr']);
    if (path === null || path[0] !== 'entreprise') return [];
    if (path.length !== 3 && path.length !== 4) return [];
    if (path.length === 4 && !UUID.test(path[3]!)) return [];
    const siren = path[2]!;
    const company = /^\d{9}$/.test(siren) ? companyFromSiren(siren, ID) : null;
    return company ? [company] : [];
  },
};
