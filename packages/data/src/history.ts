/**
 * territory-history.js: which territories of the first phase (2018-2022) held the intercommunalities of each
 * territory of the current phase (2023-2027). Matched by the groupements' SIRENs, never by territory id: ids
 * `ti-RRNN` were reused across phases for other territories (docs/decisions/0001-perimeter-tables-and-vintage.md).
 */
export interface EarlierTerritory {
  /** The phase-1 id (phase 2018-2022 only). */
  id: string;
  name: string;
  /** How many of the current territory's groupements were in it. */
  shared: number;
}

export interface TerritoryHistoryTable {
  earlier: {phase: '2018-2022'; attribution: string};
  /**
   * Current territory id -> the phase-1 territories that held some of its groupements, most shared first. A
   * territory absent here had none of its current groupements in the first phase (by their SIRENs of 2022).
   */
  territories: Record<string, EarlierTerritory[]>;
}
