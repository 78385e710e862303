import type {Catalogue} from '../src/catalogue/types.ts';

/** Display names of the operators, as shown in filters and scheme cards. */
export const operators: Catalogue['operators'] = {
  anct: {
    fr: 'Agence nationale de la cohésion des territoires (ANCT)',
    en: 'National Agency for Territorial Cohesion (ANCT)',
  },
  'banque-des-territoires': {
    fr: 'Banque des Territoires',
    en: 'Banque des Territoires',
  },
  bpifrance: {fr: 'Bpifrance', en: 'Bpifrance'},
  ademe: {
    fr: 'Agence de la transition écologique (ADEME)',
    en: 'French Agency for Ecological Transition (ADEME)',
  },
  'business-france': {fr: 'Business France', en: 'Business France'},
  'france-travail': {fr: 'France Travail', en: 'France Travail'},
  cerema: {fr: 'Cerema', en: 'Cerema'},
  dge: {
    fr: 'Direction générale des entreprises (DGE)',
    en: 'Directorate General for Enterprise (DGE)',
  },
  prefectures: {fr: 'Préfectures de région', en: 'Regional prefectures'},
  regions: {fr: 'Conseils régionaux', en: 'Regional councils'},
};
