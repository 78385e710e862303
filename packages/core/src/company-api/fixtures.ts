// Test data: a real answer of the API Recherche d'entreprises (`/search?q=carrefour&per_page=1`, copied here),
// with its identifiers swapped for the test vectors. Extra fields are kept on purpose: the schema must ignore them.

export const SIREN = '732829320';
export const SIRET = '73282932000074';
export const LA_POSTE_SIREN = '356000000';
export const LA_POSTE_SIRET = '35600000000048';

type Json = Record<string, unknown>;

export function apiEstablishment(siret: string, overrides: Json = {}): Json {
  return {
    activite_principale: '68.32A',
    ancien_siege: false,
    annee_tranche_effectif_salarie: null,
    adresse: '15 AVENUE DES ECOLES 06110 LE CANNET',
    caractere_employeur: 'N',
    code_postal: '06110',
    commune: '06030',
    date_creation: '2009-01-01',
    date_debut_activite: '2009-01-01',
    date_fermeture: null,
    epci: '200039915',
    est_siege: true,
    etat_administratif: 'A',
    geo_id: '06030_0515_00015',
    latitude: '43.570079',
    libelle_commune: 'LE CANNET',
    liste_enseignes: null,
    liste_finess: null,
    liste_id_bio: null,
    liste_idcc: null,
    liste_id_organisme_formation: null,
    liste_rge: null,
    liste_uai: null,
    longitude: '7.005921',
    nom_commercial: null,
    region: '93',
    siret,
    statut_diffusion_etablissement: 'O',
    tranche_effectif_salarie: 'NN',
    ...overrides,
  };
}

export function apiHeadOffice(siret: string, overrides: Json = {}): Json {
  return apiEstablishment(siret, {
    activite_principale_registre_metier: null,
    cedex: null,
    code_pays_etranger: null,
    complement_adresse: null,
    coordonnees: '43.570079,7.005921',
    date_mise_a_jour: null,
    date_mise_a_jour_insee: '2024-03-30T16:55:27',
    departement: '06',
    distribution_speciale: null,
    geo_adresse: '15 Avenue des Ecoles 06110 Le Cannet',
    indice_repetition: null,
    libelle_cedex: null,
    libelle_commune_etranger: null,
    libelle_pays_etranger: null,
    libelle_voie: 'DES ECOLES',
    numero_voie: '15',
    type_voie: 'AVENUE',
    ...overrides,
  });
}

export function apiCompany(siren: string, overrides: Json = {}): Json {
  return {
    siren,
    nom_complet: 'CARREFOUR (CTIM)',
    nom_raison_sociale: 'CARREFOUR',
    sigle: 'CTIM',
    nombre_etablissements: 1,
    nombre_etablissements_ouverts: 1,
    siege: apiHeadOffice(`${siren}00013`),
    activite_principale: '68.32A',
    categorie_entreprise: 'PME',
    caractere_employeur: null,
    annee_categorie_entreprise: '2023',
    date_creation: '2009-01-01',
    date_fermeture: null,
    date_mise_a_jour: '2025-11-16T08:34:38',
    date_mise_a_jour_insee: '2024-03-22T14:26:06',
    date_mise_a_jour_rne: null,
    dirigeants: [],
    etat_administratif: 'A',
    nature_juridique: '9900',
    section_activite_principale: 'L',
    tranche_effectif_salarie: 'NN',
    annee_tranche_effectif_salarie: null,
    statut_diffusion: 'O',
    matching_etablissements: [],
    finances: null,
    complements: {
      est_ess: false,
      est_service_public: false,
      identifiant_association: null,
    },
    ...overrides,
  };
}

export function searchAnswer(results: readonly Json[]): Json {
  return {
    results,
    total_results: results.length,
    page: 1,
    per_page: 1,
    total_pages: results.length,
  };
}

/** What the API answers to `q`: the company, and for a SIRET the establishment in matching_etablissements. */
export function answerFor(q: string): Json {
  const siren = q.slice(0, 9);
  if (q.length === 9) return searchAnswer([apiCompany(siren)]);
  return searchAnswer([
    apiCompany(siren, {
      siege: apiHeadOffice(`${siren}00013`, {est_siege: true}),
      matching_etablissements: [
        apiEstablishment(q, {
          est_siege: false,
          commune: '2B033',
          code_postal: '20200',
          libelle_commune: 'BASTIA',
          epci: '242000354',
          region: '94',
          adresse: '1 RUE DU PORT 20200 BASTIA',
          latitude: '42.7',
          longitude: '9.45',
        }),
      ],
    }),
  ]);
}

/** Valid SIRENs (Luhn) for tests that need many different companies. */
export function validSirens(count: number): string[] {
  const sirens: string[] = [];
  for (let base = 10000000; sirens.length < count; base += 1) {
    for (let check = 0; check <= 9; check += 1) {
      const candidate = `${base}${check}`;
      if (luhnValid(candidate)) {
        sirens.push(candidate);
        break;
      }
    }
  }
  return sirens;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
