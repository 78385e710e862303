import type {Company, Establishment} from '../company-api/index.ts';
import type {Perimeter} from '../places/perimeter.ts';
import {chosenAddress, type AddressChoice} from './address-choice.ts';
import {communeVerdict, type CommuneVerdict} from './commune-verdict.ts';

/** Whether the chosen address of a company is in a Territoire d'industrie, with the address it is about. */
export type CompanyVerdict =
  | (CommuneVerdict & {address: Establishment})
  /** The register gives no commune for that address (rare: some establishments abroad or unlisted). */
  | {status: 'no-location'; address: Establishment | null};

export type CompanyVerdictStatus = CompanyVerdict['status'];

/** The one verdict of the toolkit for a company: the extension's badge and panel and `ti company` give this. */
export function companyVerdict(
  perimeter: Perimeter,
  company: Company,
  choice: AddressChoice
): CompanyVerdict {
  const address = chosenAddress(company, choice);
  if (!address?.communeCode) return {status: 'no-location', address};
  return {...communeVerdict(perimeter, address.communeCode), address};
}
