/** Trading state of a company or an establishment: INSEE "A" is active; "C" (cessée) and "F" (fermé) are closed. */
export type AdministrativeState = 'active' | 'closed';

/** INSEE size category of a legal unit (décret 2008-1354). */
export type CompanyCategory = 'PME' | 'ETI' | 'GE';

/** Main activity: a NAF rév. 2 code such as "25.62B", and its label when the caller supplied a NAF table. */
export interface Activity {
  readonly code: string;
  readonly label: string | null;
}

/** INSEE headcount band ("tranche d'effectif salarié"); min and max are null for a code this client does not know. */
export interface HeadcountBand {
  readonly code: string;
  readonly min: number | null;
  readonly max: number | null;
  /** Year the band refers to, as the API gives it. */
  readonly year: string | null;
}

export interface CompanySize {
  readonly category: CompanyCategory | null;
  readonly headcount: HeadcountBand | null;
}

/** One establishment, with what a territory lookup needs (the commune INSEE code first). */
export interface Establishment {
  readonly siret: string;
  readonly isHeadOffice: boolean;
  readonly state: AdministrativeState;
  readonly communeCode: string | null;
  readonly postcode: string | null;
  readonly communeName: string | null;
  readonly epciSiren: string | null;
  readonly department: string | null;
  readonly region: string | null;
  readonly address: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
}

/** A company as the toolkit uses it; plain JSON so that it can be cached in any store. */
export interface Company {
  readonly siren: string;
  /** Null when the register has no usable name (rare, but the API allows it). */
  readonly name: string | null;
  readonly state: AdministrativeState;
  readonly activity: Activity | null;
  readonly size: CompanySize;
  readonly headOffice: Establishment | null;
  /** The establishment asked for by SIRET; null for a SIREN lookup. */
  readonly establishment: Establishment | null;
}
