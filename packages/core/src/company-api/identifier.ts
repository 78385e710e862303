import {fail, ok, type Result} from '../result.ts';

/** A checked company identifier: what the client asks the API for. */
export type CompanyId =
  | {readonly kind: 'siren'; readonly siren: string}
  | {readonly kind: 'siret'; readonly siren: string; readonly siret: string};

/**
 * The identifier parsers this client needs (the ones in `../identifiers/`), as an interface so that
 * the client depends on their contract only: normalised digits on success, a reason otherwise.
 */
export interface IdentifierParsers {
  parseSiren(input: string): Result<string, string>;
  parseSiret(input: string): Result<string, string>;
}

/** Reads a SIREN or a SIRET typed or found by the user. */
export function parseCompanyId(
  input: string,
  parsers: IdentifierParsers
): Result<CompanyId, string> {
  const siret = parsers.parseSiret(input);
  if (siret.ok)
    return ok({
      kind: 'siret',
      siren: siret.value.slice(0, 9),
      siret: siret.value,
    });
  const siren = parsers.parseSiren(input);
  if (siren.ok) return ok({kind: 'siren', siren: siren.value});
  // Report the reason of the parser the input looks meant for.
  const digits = input.replace(/\D/g, '').length;
  return fail(digits > 9 ? siret.reason : siren.reason);
}

/** The `q` the API gets, and the cache key: the normalised identifier. */
export const idText = (id: CompanyId): string =>
  id.kind === 'siret' ? id.siret : id.siren;
