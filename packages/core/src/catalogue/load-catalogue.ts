import type {Catalogue} from '@ti-toolkit/data/catalogue';
import {lazy} from '../lazy.ts';

/** Loads the generated catalogue once, on first use (dynamic import: pages without it never download it). */
export const loadCatalogue = lazy(
  async (): Promise<Catalogue> =>
    (await import('@ti-toolkit/data/catalogue-data')).default
);
