import type {DetectedCompany, Detector} from './detector.ts';
import {companyInSegment, registryPath} from './registry-url.ts';

const HOSTS = ['www.infogreffe.fr', 'infogreffe.fr'];
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
  hosts: HOSTS,
  finds:
    'a company by the SIREN segment of `/entreprise/<slug>/<siren>[/<uuid>]`',
  label: {
    fr: 'adresse de la page (Infogreffe)',
    en: 'page address (Infogreffe)',
  },
  detect({url}): DetectedCompany[] {
    const path = registryPath(url, HOSTS);
    if (path === null || path[0] !== 'entreprise') return [];
    if (path.length !== 3 && path.length !== 4) return [];
    if (path.length === 4 && !UUID.test(path[3]!)) return [];
    // The SIREN is a segment of its own here, not the end of a slug.
    return /^\d{9}$/.test(path[2]!)
      ? companyInSegment(path[2]!, 'siren', ID)
      : [];
  },
};
