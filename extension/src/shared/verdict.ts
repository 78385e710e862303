import type {Company, Establishment} from '@ti-toolkit/core/company-api';
import {
  currentCommuneCode,
  territoryForCommune,
  type Perimeter,
} from '@ti-toolkit/core/places';
import type {AddressChoice} from '../messages/message-map.ts';

/** Whether the chosen address of a company is in a Territoire d'industrie, from the bundled perimeter. */
export type Verdict =
  | {
      status: 'in-territory';
      address: Establishment;
      /** The current commune (an arrondissement or a merged commune's old code is mapped first). */
      communeCode: string;
      territory: {id: string; name: string};
    }
  | {status: 'not-in-territory'; address: Establishment; communeCode: string}
  /** The register gives no commune for that address (rare: some establishments abroad or unlisted). */
  | {status: 'no-location'; address: Establishment | null};

/** The address the adviser's choice points at; the head office when the page named no establishment. */
export function chosenAddress(
  company: Company,
  choice: AddressChoice
): Establishment | null {
  if (choice === 'establishment' && company.establishment !== null)
    return company.establishment;
  return company.headOffice;
}

export function verdictFor(
  perimeter: Perimeter,
  company: Company,
  choice: AddressChoice
): Verdict {
  const address = chosenAddress(company, choice);
  if (address?.communeCode == null) return {status: 'no-location', address};
  const communeCode = currentCommuneCode(perimeter, address.communeCode).code;
  const territory = territoryForCommune(perimeter, communeCode);
  return territory === null
    ? {status: 'not-in-territory', address, communeCode}
    : {
        status: 'in-territory',
        address,
        communeCode,
        territory: {id: territory.id, name: territory.name},
      };
}
