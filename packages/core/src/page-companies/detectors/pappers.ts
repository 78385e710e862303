import type {DetectedCompany, Detector} from './detector.ts';
import {companyInSegment, registryPath} from './registry-url.ts';

const HOSTS = ['www.pappers.fr', 'pappers.fr'];
const ID = 'pappers';

/** Pappers, by URL: `/entreprise/<slug>-<siren>` (or a bare SIREN). Examples in `pappers.examples.ts`. */
export const pappers: Detector = {
  id: ID,
  reads: 'url',
  hosts: HOSTS,
  finds: 'a company by the SIREN at the end of `/entreprise/<slug>-<siren>`',
  label: {fr: 'adresse de la page (Pappers)', en: 'page address (Pappers)'},
  detect({url}): DetectedCompany[] {
    const path = registryPath(url, HOSTS);
    if (path?.length !== 2 || path[0] !== 'entreprise') return [];
    return companyInSegment(path[1]!, 'siren', ID);
  },
};
