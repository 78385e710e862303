import type {GroupementKind, Phase} from '@ti-toolkit/data';

/** `unknown-commune`: a company's registered commune code is no commune of the data's COG year. */
export type PlaceStatus =
  | 'in-territory'
  | 'not-in-territory'
  | 'unknown-commune'
  | 'ambiguous'
  | 'not-found'
  | 'invalid';

/** How the input was read. A bare 5-digit input is read both ways. */
export type PlaceKind =
  'insee' | 'postcode' | 'groupement' | 'name' | 'siren' | 'siret';

export interface TerritoryRef {
  id: string;
  name: string;
  phase: Phase;
}

export interface CommuneRef {
  code: string;
  name: string;
}

export interface GroupementRef {
  siren: string;
  name: string;
  kind: GroupementKind;
}

/** The data an answer was given from: shown to users as proof. */
export interface VintageRef {
  phase: Phase;
  perimeterDate: string;
  cogYear: number;
  attribution: string;
}

/**
 * Why the answer is what it is. `via` says how the commune was reached when the code typed was not the commune's
 * own (a municipal arrondissement, the code of a commune that merged), `membership` how the commune is in its
 * territory (through its intercommunality, or listed on its own).
 */
export type ReasonCode =
  | 'commune-in-territory'
  | 'commune-not-in-territory'
  | 'postcode-one-outcome'
  | 'postcode-several-outcomes'
  | 'code-both-insee-and-postcode'
  | 'name-homonyms'
  | 'name-several-matches'
  | 'groupement-in-territory'
  | 'groupement-partly-in-territories'
  | 'groupement-not-in-territory'
  | 'company-without-location'
  | 'company-commune-unknown'
  | 'unknown-code'
  | 'unknown-postcode'
  | 'unknown-name'
  | 'company-not-found'
  | 'company-lookup-failed'
  | 'company-lookup-unavailable'
  | 'invalid-input';

export interface Reason {
  code: ReasonCode;
  via?: 'arrondissement' | 'old-code';
  /** The code as typed when `via` is set. */
  typed?: string;
  membership?: 'groupement' | 'commune-listed';
  /** A bare 5-digit input read as a postcode although it is also an old INSEE code of this commune. */
  oldCodeOf?: CommuneRef;
  detail?: string;
}

/** One possible reading of an ambiguous place. */
export interface PlaceCandidate {
  kind: PlaceKind;
  commune: CommuneRef | null;
  groupement: GroupementRef | null;
  territory: TerritoryRef | null;
  /** The commune's postcodes, to tell homonyms apart (absent when the candidate is no commune of the directory). */
  postcodes?: string[];
  /** The commune's population, to offer the largest first (absent like `postcodes`). */
  population?: number;
}

/** The company a SIREN or SIRET place stands for, and which of its addresses was used. */
export interface CompanyRef {
  siren: string;
  siret: string | null;
  name: string;
  location: 'establishment' | 'head-office';
}

export interface PlaceAnswer {
  input: string;
  status: PlaceStatus;
  kind: PlaceKind | null;
  territory: TerritoryRef | null;
  commune: CommuneRef | null;
  /** The intercommunality through which the commune is (or is not) in a territory: the EPT in Greater Paris. */
  groupement: GroupementRef | null;
  /** For a postcode whose communes share one outcome: those communes. */
  communes?: CommuneRef[];
  candidates?: PlaceCandidate[];
  company?: CompanyRef;
  reason: Reason;
  vintage: VintageRef;
}
