import {
  createCompanyClient,
  type CompanyClient,
} from '@ti-toolkit/core/company-api';
import {companyLocator} from '@ti-toolkit/core/company-territory';
import type {CompanyLocator} from '@ti-toolkit/core/places';
import type {Lang} from '../i18n/lang.ts';

// Loaded by the place controller on the first company number typed, never before (the components' budgets).
// One client per API origin for the whole page: every component shares its limits (5 requests/s, 2 in flight),
// its retries and its in-memory cache, as the command line and the extension do (docs/decisions/0003-company-api-client.md).
const clients = new Map<string, CompanyClient>();

function clientFor(baseUrl: string): CompanyClient {
  let client = clients.get(baseUrl);
  if (!client) {
    client = createCompanyClient({
      // Looked up at each call, so that a page (or a test) that wraps `fetch` later is followed.
      fetch: (url, init) => globalThis.fetch(url, init),
      baseUrl,
    });
    clients.set(baseUrl, client);
  }
  return client;
}

/** Locates a company through the API at `baseUrl`, with failures described in `lang`. */
export const companyLocatorFor = (
  baseUrl: string,
  lang: Lang
): CompanyLocator => companyLocator(clientFor(baseUrl), lang);
