import type {Lang} from '@ti-toolkit/data/catalogue';
import type {
  Company,
  CompanyClient,
  CompanyFailure,
} from '../company-api/index.ts';
import type {CompanyLocation, CompanyLocator} from '../places/index.ts';
import {addressChoiceFor, chosenAddress} from './address-choice.ts';

// Shared by the command line and the components (browser-safe: no Node API); docs/decisions/0018-company-lookup-from-partner-pages.md.

/** Where a company is for a verdict: the address its identifier names (company-territory's rule). */
export function companyLocation(
  company: Company
): Extract<CompanyLocation, {ok: true}> {
  const choice = lookedUpAddressChoice(company);
  const place = chosenAddress(company, choice);
  return {
    ok: true,
    siren: company.siren,
    siret: place?.siret ?? null,
    name: company.name ?? company.siren,
    location: choice,
    communeCode: place?.communeCode ?? null,
  };
}

/** The API answers a SIRET lookup with that establishment, and a SIREN lookup without one. */
export const lookedUpAddressChoice = (company: Company) =>
  addressChoiceFor(company.establishment?.siret ?? null);

export function companyLocator(
  client: CompanyClient,
  lang: Lang
): CompanyLocator {
  return async ({value}) => {
    const result = await client.lookup(value);
    if (result.ok) return companyLocation(result.value);
    return {
      ok: false,
      reason: result.reason === 'not-found' ? 'not-found' : 'failed',
      detail: describeFailure(result, lang),
    };
  };
}

/** A failed lookup in words, in the user's language. */
export function describeFailure(failure: CompanyFailure, lang: Lang): string {
  const fr = lang === 'fr';
  switch (failure.reason) {
    case 'not-found':
      return fr
        ? 'introuvable (inconnue, ou ses données ne sont pas publiques)'
        : 'not found (unknown, or its data is not public)';
    case 'rate-limited':
      return fr
        ? `l’annuaire limite le nombre de demandes (${failure.attempts} essais)`
        : `the directory is limiting requests (${failure.attempts} attempts)`;
    case 'unavailable':
      return fr
        ? `l’annuaire ne répond pas (${failure.cause === 'timeout' ? 'délai dépassé' : failure.status ? `erreur HTTP ${failure.status}` : 'réseau indisponible'}, ${failure.attempts} essais)`
        : `the directory does not answer (${failure.cause === 'timeout' ? 'timed out' : failure.status ? `HTTP error ${failure.status}` : 'network unavailable'}, ${failure.attempts} attempts)`;
    case 'invalid-answer':
      return fr
        ? `réponse inutilisable de l’annuaire (${failure.problem})`
        : `unusable answer from the directory (${failure.problem})`;
    case 'invalid-identifier':
      return fr
        ? 'ni un SIREN ni un SIRET valide (9 ou 14 chiffres avec leur clé de contrôle)'
        : 'not a valid SIREN or SIRET (9 or 14 digits with their check digit)';
    case 'aborted':
      return fr ? 'annulée' : 'cancelled';
  }
}
