import {
  createCompanyClient,
  type CacheStore,
  type CompanyClient,
} from '../company-api/index.ts';
import type {CliIo} from './io.ts';

/** The company API client for the command line; `TI_API_URL` points it at another server (tests, a mirror). */
export function companyClientFor(
  io: CliIo,
  {store}: {store?: CacheStore} = {}
): CompanyClient {
  return createCompanyClient({
    fetch: io.fetch,
    baseUrl: io.env['TI_API_URL'] || undefined,
    ...(store && {cache: {store}}),
  });
}

export {
  companyLocation,
  companyLocator,
  describeFailure,
  lookedUpAddressChoice,
} from '../company-territory/company-locator.ts';
