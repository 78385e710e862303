import {
  companyFromSiren,
  companyFromSiret,
  type DetectedCompany,
  type Detector,
} from './detector.ts';
import {registryPath, trailingNumber} from './registry-url.ts';

const ID = 'annuaire-entreprises';

/**
 * The State's company directory, by URL: `/entreprise/<siren>` or `/entreprise/<slug>-<siren>` (a company),
 * `/etablissement/<siret>` (an establishment). Examples in `annuaire-entreprises.examples.ts`.
 */
export const annuaireEntreprises: Detector = {
  id: ID,
  reads: 'url',
  detect({url}): DetectedCompany[] {
    const path = registryPath(url, ['annuaire-entreprises.data.gouv.fr']);
    if (path?.length !== 2) return [];
    const [kind, id] = path as [string, string];
    let company: DetectedCompany | null = null;
    if (kind === 'entreprise') {
      const siren = trailingNumber(id, 9);
      company = siren === null ? null : companyFromSiren(siren, ID);
    } else if (kind === 'etablissement') {
      const siret = trailingNumber(id, 14);
      company = siret === null ? null : companyFromSiret(siret, ID);
    }
    return company ? [company] : [];
  },
};
