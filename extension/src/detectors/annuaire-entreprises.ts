import type {DetectedCompany, Detector} from './detector.ts';
import {ANNUAIRE_ENTREPRISES_HOSTS} from './registry-hosts.ts';
import {companyInSegment, registryPath} from './registry-url.ts';

const ID = 'annuaire-entreprises';

/**
 * The State's company directory, by URL: `/entreprise/<siren>` or `/entreprise/<slug>-<siren>` (a company),
 * `/etablissement/<siret>` (an establishment). Examples in `annuaire-entreprises.examples.ts`.
 */
export const annuaireEntreprises: Detector = {
  id: ID,
  reads: 'url',
  detect({url}): DetectedCompany[] {
    const path = registryPath(url, ANNUAIRE_ENTREPRISES_HOSTS);
    if (path?.length !== 2) return [];
    const [kind, id] = path as [string, string];
    if (kind === 'entreprise') return companyInSegment(id, 'siren', ID);
    if (kind === 'etablissement') return companyInSegment(id, 'siret', ID);
    return [];
  },
};
