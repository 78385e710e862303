import type {DetectedCompany} from './detector.ts';

/**
 * One entry per SIREN, in order of first appearance: the first SIRET and the first name given for it are
 * kept (and the first legal-notice role), the source is the first detector's, and the confidence is high when any detector was sure.
 */
export function mergeCompanies(
  companies: Iterable<DetectedCompany>
): DetectedCompany[] {
  const bySiren = new Map<string, DetectedCompany>();
  for (const company of companies) {
    const seen = bySiren.get(company.siren);
    if (!seen) {
      bySiren.set(company.siren, {...company});
      continue;
    }
    seen.siret ??= company.siret;
    if (seen.name === undefined && company.name !== undefined) {
      seen.name = company.name;
    }
    if (company.confidence === 'high') seen.confidence = 'high';
    if (seen.role === undefined && company.role !== undefined)
      seen.role = company.role;
  }
  return [...bySiren.values()];
}
