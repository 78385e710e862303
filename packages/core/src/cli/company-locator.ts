import {
  createCompanyClient,
  type CompanyClient,
  type CompanyFailure,
} from '../company-api/index.ts';
import type {CompanyLocator} from '../places/index.ts';
import type {CliIo} from './io.ts';

/** The company API client for the command line; `TI_API_URL` points it at another server (tests, a mirror). */
export function companyClientFor(io: CliIo): CompanyClient {
  return createCompanyClient({
    fetch: io.fetch,
    baseUrl: io.env['TI_API_URL'] || undefined,
  });
}

/** Locates a company for a place answer: the establishment for a SIRET, else the head office. */
export function companyLocator(client: CompanyClient): CompanyLocator {
  return async ({value}) => {
    const result = await client.lookup(value);
    if (!result.ok)
      return {
        ok: false,
        reason: result.reason === 'not-found' ? 'not-found' : 'failed',
        detail: describeFailure(result),
      };
    const company = result.value;
    const place = company.establishment ?? company.headOffice;
    return {
      ok: true,
      siren: company.siren,
      siret: place?.siret ?? null,
      name: company.name ?? company.siren,
      location: company.establishment ? 'establishment' : 'head-office',
      communeCode: place?.communeCode ?? null,
    };
  };
}

export function describeFailure(failure: CompanyFailure): string {
  switch (failure.reason) {
    case 'not-found':
      return 'not found (unknown, or its data is not public)';
    case 'rate-limited':
      return `the API is rate-limiting us after ${failure.attempts} attempts`;
    case 'unavailable':
      return `the API is unavailable (${failure.detail}) after ${failure.attempts} attempts`;
    case 'invalid-answer':
      return `the API gave an unusable answer (${failure.problem}: ${failure.detail})`;
    case 'invalid-identifier':
      return `not a valid SIREN or SIRET (${failure.detail})`;
    case 'aborted':
      return 'cancelled';
  }
}
