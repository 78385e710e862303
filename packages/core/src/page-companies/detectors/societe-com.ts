import type {DetectedCompany, Detector} from './detector.ts';
import {companyInSegment, registryPath} from './registry-url.ts';

const HOSTS = ['www.societe.com', 'societe.com'];
const ID = 'societe-com';

/**
 * Societe.com, by URL: `/societe/<slug>-<siren>.html` (a company), `/etablissement/<slug>-<siret>.html`
 * (an establishment). Examples in `societe-com.examples.ts`.
 */
export const societeCom: Detector = {
  id: ID,
  reads: 'url',
  hosts: HOSTS,
  finds:
    'a company (`/societe/<slug>-<siren>.html`) or an establishment (`/etablissement/<slug>-<siret>.html`)',
  label: {
    fr: 'adresse de la page (societe.com)',
    en: 'page address (societe.com)',
  },
  detect({url}): DetectedCompany[] {
    const path = registryPath(url, HOSTS);
    if (path?.length !== 2 || !path[1]!.endsWith('.html')) return [];
    const [kind, page] = path as [string, string];
    const id = page.slice(0, -'.html'.length);
    if (kind === 'societe') return companyInSegment(id, 'siren', ID);
    if (kind === 'etablissement') return companyInSegment(id, 'siret', ID);
    return [];
  },
};
