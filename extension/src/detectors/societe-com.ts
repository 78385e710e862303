import {
  companyFromSiren,
  companyFromSiret,
  type DetectedCompany,
  type Detector,
} from './detector.ts';
import {registryPath, trailingNumber} from './registry-url.ts';

const ID = 'societe-com';

/**
 * Societe.com, by URL: `/societe/<slug>-<siren>.html` (a company), `/etablissement/<slug>-<siret>.html`
 * (an establishment). Examples in `societe-com.examples.ts`.
 */
export const societeCom: Detector = {
  id: ID,
  reads: 'url',
  detect({url}): DetectedCompany[] {
    const path = registryPath(url, ['www.societe.com', 'societe.com']);
    if (path?.length !== 2 || !path[1]!.endsWith('.html')) return [];
    const [kind, page] = path as [string, string];
    const id = page.slice(0, -'.html'.length);
    let company: DetectedCompany | null = null;
    if (kind === 'societe') {
      const siren = trailingNumber(id, 9);
      company = siren === null ? null : companyFromSiren(siren, ID);
    } else if (kind === 'etablissement') {
      const siret = trailingNumber(id, 14);
      company = siret === null ? null : companyFromSiret(siret, ID);
    }
    return company ? [company] : [];
  },
};
