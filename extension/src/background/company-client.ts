import {
  createCompanyClient,
  type CompanyClient,
} from '@ti-toolkit/core/company-api';
import browser from 'webextension-polyfill';
import {createStorageCache} from './storage-cache.ts';

let client: CompanyClient | undefined;

/**
 * The foundation's API client (5 requests/s, 2 in flight, Retry-After, 8 s timeout, 3 retries with jitter),
 * with its cache in storage.local. The API origin is fixed at build time: test builds point it at a local
 * fake server (build-settings.ts).
 */
export function companyClient(): CompanyClient {
  client ??= createCompanyClient({
    fetch: (input, init) => fetch(input, init),
    baseUrl: __TI_API_ORIGIN__,
    cache: {store: createStorageCache(browser.storage.local)},
  });
  return client;
}
