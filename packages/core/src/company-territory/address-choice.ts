import type {Company, Establishment} from '../company-api/index.ts';

/** Which address of a company a verdict is about: the establishment a SIRET names, or the head office. */
export type AddressChoice = 'establishment' | 'head-office';

/**
 * A SIRET names one establishment, so the verdict is about that establishment's address; a SIREN names the
 * company, whose address is its head office's.
 */
export const addressChoiceFor = (siret: string | null): AddressChoice =>
  siret === null ? 'head-office' : 'establishment';

/** The address a choice points at: the head office when no establishment is known (the lookup was by SIREN). */
export function chosenAddress(
  company: Company,
  choice: AddressChoice
): Establishment | null {
  if (choice === 'establishment' && company.establishment !== null)
    return company.establishment;
  return company.headOffice;
}
