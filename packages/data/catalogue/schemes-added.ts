import type {Scheme} from '../src/catalogue/types.ts';
import {scheme as bpifranceProgramme} from './schemes/bpifrance-programme.ts';
import {scheme as ingenierieInnovation2025} from './schemes/ingenierie-innovation-2025.ts';
import {scheme as vteVert} from './schemes/vte-vert.ts';
import {scheme as sitesClesEnMain} from './schemes/sites-cles-en-main.ts';
import {scheme as fondsVertRecyclageFoncier} from './schemes/fonds-vert-recyclage-foncier.ts';
import {scheme as reserveFoncier10000Ha} from './schemes/reserve-foncier-10000-ha.ts';
import {scheme as ileDeFrancePmupJeunesPousses} from './schemes/ile-de-france-pmup-jeunes-pousses-industrielles.ts';
import {scheme as hautsDeFranceFederPmeIndustrielles} from './schemes/hauts-de-france-feder-pme-industrielles.ts';
import {scheme as normandieImpulsionDeveloppement} from './schemes/normandie-impulsion-developpement.ts';
import {scheme as occitanieContratEntrepriseAvenir} from './schemes/occitanie-contrat-entreprise-avenir.ts';

/**
 * The entries added by the review of December 2026, in display order (see index.ts): the national ones first, in
 * the order of the priorities (an operator's part in the programme, innovation, skills, land), then the Regions'
 * aid, by INSEE region code.
 */
export const addedSchemes: Scheme[] = [
  bpifranceProgramme,
  ingenierieInnovation2025,
  vteVert,
  sitesClesEnMain,
  fondsVertRecyclageFoncier,
  reserveFoncier10000Ha,
  ileDeFrancePmupJeunesPousses,
  normandieImpulsionDeveloppement,
  hautsDeFranceFederPmeIndustrielles,
  occitanieContratEntrepriseAvenir,
];
