export {
  findCompanyIds,
  type CompanyIdKind,
  type CompanyIdMatch,
} from './find-company-ids.ts';
export type {CompanyIdDisplayOrder} from './display-order.ts';
export {isLuhnValid} from './luhn.ts';
export type {CompanyIdLabel} from './page-context.ts';
export {formatRcs, parseRcs, type RcsError, type RcsMention} from './rcs.ts';
export {
  formatSiren,
  isValidSiren,
  parseSiren,
  type SirenError,
} from './siren.ts';
export {
  formatSiret,
  hasValidSiretChecksum,
  isValidSiret,
  parseSiret,
  type SiretError,
} from './siret.ts';
export {
  formatVat,
  isValidVat,
  isValidVatKey,
  parseVat,
  vatFromSiren,
  type FrenchVat,
  type VatError,
} from './vat.ts';
