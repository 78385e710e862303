import type {CompanySize} from '@ti-toolkit/core/company-api';

/** The funding widget's `size` values (see <ti-funding-widget>). */
export type FundingSize = 'micro' | 'sme' | 'mid-cap' | 'large';

/**
 * The size the funding widget asks for, from the register's category and headcount band. The register's "PME"
 * includes micro-enterprises, so the headcount tells them apart; with neither known the widget asks the adviser.
 */
export function fundingSize({
  category,
  headcount,
}: CompanySize): FundingSize | null {
  if (category === 'GE') return 'large';
  if (category === 'ETI') return 'mid-cap';
  const max = headcount?.max;
  const isMicro = max !== null && max !== undefined && max < 10;
  if (category === 'PME') return isMicro ? 'micro' : 'sme';
  if (isMicro) return 'micro';
  return max !== null && max !== undefined && max < 250 ? 'sme' : null;
}
