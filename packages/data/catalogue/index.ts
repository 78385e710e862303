import type {Catalogue} from '../src/catalogue/types.ts';
import {operators} from './operators.ts';
import {priorities} from './priorities.ts';
import {scheme as chefDeProjet} from './schemes/chef-de-projet.ts';
import {scheme as ingenierieAnct} from './schemes/ingenierie-anct.ts';
import {scheme as etudesBanqueDesTerritoires} from './schemes/etudes-banque-des-territoires.ts';
import {scheme as fondsVertVolet1} from './schemes/fonds-vert-axe-3-volet-1.ts';
import {scheme as fondsVertVolet3} from './schemes/fonds-vert-axe-3-volet-3.ts';
import {scheme as rebondIndustrielFinancement} from './schemes/rebond-industriel-financement.ts';
import {scheme as rebondIndustrielIngenierie} from './schemes/rebond-industriel-ingenierie.ts';
import {scheme as vteTi} from './schemes/vte-ti.ts';
import {scheme as fondsVertVolet2} from './schemes/fonds-vert-axe-3-volet-2.ts';
import {scheme as referentFranceTravail} from './schemes/referent-france-travail.ts';
import {scheme as investissementBanqueDesTerritoires} from './schemes/investissement-banque-des-territoires.ts';
import {scheme as referentBusinessFrance} from './schemes/referent-business-france.ts';
import {scheme as fondsAccelerationInvestissementsIndustriels} from './schemes/fonds-acceleration-investissements-industriels.ts';
import {addedSchemes} from './schemes-added.ts';

/**
 * Ordered for display: the cross-cutting offers first (project lead, engineering, studies), then by priority
 * (transition, innovation, skills, land), the most useful first, and the closed historical fund last.
 */
const schemes = [
  chefDeProjet,
  ingenierieAnct,
  etudesBanqueDesTerritoires,
  fondsVertVolet1,
  fondsVertVolet3,
  rebondIndustrielFinancement,
  rebondIndustrielIngenierie,
  vteTi,
  fondsVertVolet2,
  referentFranceTravail,
  investissementBanqueDesTerritoires,
  referentBusinessFrance,
  ...addedSchemes,
  fondsAccelerationInvestissementsIndustriels,
];

export const catalogueSource: Catalogue = {
  version: '2026-12-06',
  // The last full review: every entry compared with each of its sources (docs/catalogue-review.md).
  reviewedOn: '2026-12-06',
  attribution:
    "Sources publiques citées pour chaque fiche ; programme piloté par l'ANCT (Territoires d'industrie)",
  operators,
  priorities,
  schemes,
};
