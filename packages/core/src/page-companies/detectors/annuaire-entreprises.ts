import type {DetectedCompany, Detector} from './detector.ts';
import {companyInSegment, registryPath} from './registry-url.ts';

const HOSTS = ['annuaire-entreprises.data.gouv.fr'];
const ID = 'annuaire-entreprises';

/**
 * The State's company directory, by URL: `/entreprise/<siren>` or `/entreprise/<slug>-<siren>` (a company),
 * `/etablissement/<siret>` (an establishment). Examples in `annuaire-entreprises.examples.ts`.
 */
export const annuaireEntreprises: Detector = {
  id: ID,
  reads: 'url',
  hosts: HOSTS,
  finds:
    "a company by its SIREN (`/entreprise/…`) or an establishment by its SIRET (`/etablissement/…`) in the page's address",
  label: {
    fr: 'adresse de la page (Annuaire des entreprises)',
    en: 'page address (Annuaire des entreprises)',
  },
  detect({url}): DetectedCompany[] {
    const path = registryPath(url, HOSTS);
    if (path?.length !== 2) return [];
    const [kind, id] = path as [string, string];
    if (kind === 'entreprise') return companyInSegment(id, 'siren', ID);
    if (kind === 'etablissement') return companyInSegment(id, 'siret', ID);
    return [];
  },
};
