import type {Company} from '@ti-toolkit/core/company-api';
import {
  companyHandOffLinks,
  type CompanyVerdict,
  type HandOffLinks,
} from '@ti-toolkit/core/company-territory';

/**
 * The panel's hand-off is for the address the verdict is about (its SIRET prefills the advisers' form), so that the
 * links and the summary name the establishment the adviser is looking at.
 */
export const panelHandOff = (
  company: Company,
  verdict: CompanyVerdict | null
): HandOffLinks =>
  companyHandOffLinks(company.siren, verdict?.address?.siret ?? null);
