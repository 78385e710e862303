/** A list of companies or places read from a CSV file. */
export interface CompanyList {
  /** The header row; empty when the file has none. */
  headers: string[];
  /** The data rows, in the file's order, as read (blank rows left out). */
  rows: string[][];
  /** The index of the column that holds the identifiers (SIRET, SIREN, INSEE code, postcode or commune). */
  column: number;
  delimiter: ',' | ';';
  hasHeader: boolean;
}
