import {
  findCompanyIds,
  parseSiren,
  parseSiret,
} from '@ti-toolkit/core/identifiers';
import type {DetectedCompany} from '@ti-toolkit/core/page-companies';

/** The company a typed or selected text names: a SIREN, a SIRET, or the first identifier found in it. */
export function companyInText(
  text: string,
  source: string
): DetectedCompany | null {
  const trimmed = text.trim();
  const siret = parseSiret(trimmed);
  if (siret.ok)
    return {
      siren: siret.value.slice(0, 9),
      siret: siret.value,
      source,
      confidence: 'high',
    };
  const siren = parseSiren(trimmed);
  if (siren.ok)
    return {siren: siren.value, siret: null, source, confidence: 'high'};
  const [first] = findCompanyIds(trimmed.slice(0, 2000));
  return first === undefined
    ? null
    : {
        siren: first.siren,
        siret: first.siret,
        source,
        confidence: first.confidence,
      };
}
