/** The parts of @etalab/decoupage-administratif (the official geography, COG) the pipeline reads. */
export interface CogCommune {
  code: string;
  nom: string;
  type:
    | 'commune-actuelle'
    | 'commune-deleguee'
    | 'commune-associee'
    | 'arrondissement-municipal';
  departement?: string;
  region?: string;
  siren?: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
  /** For a delegated or associated commune: the current commune it belongs to. */
  chefLieu?: string;
  /** For a municipal arrondissement: its commune. */
  commune?: string;
}

export interface CogGroupement {
  code: string;
  nom: string;
  type: string;
  membres: {code: string}[];
}

export interface Cog {
  year: number;
  packageVersion: string;
  communes: CogCommune[];
  epci: CogGroupement[];
  ept: CogGroupement[];
  regions: {code: string; nom: string}[];
  departements: {code: string; nom: string; region?: string}[];
}
