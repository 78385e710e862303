import type {Company} from '@ti-toolkit/core/company-api';
import {
  companyVerdict,
  type CompanyVerdict,
} from '@ti-toolkit/core/company-territory';
import {createPerimeter, type Perimeter} from '@ti-toolkit/core/places';
import territories from '@ti-toolkit/data/territories';
import communeTerritory from '@ti-toolkit/data/commune-territory';
import type {LookupRecord, TabState} from '../shared/tab-state.ts';

// Static imports: a service worker may not use import() (the core's lazy loadPerimeter relies on it), so
// the worker carries the perimeter tables in its own bundle (about 63 kB gzip) and indexes them on first use.
let perimeter: Perimeter | undefined;
const bundledPerimeter = (): Perimeter =>
  (perimeter ??= createPerimeter(territories, communeTerritory));

/** The verdict for a tab's chosen company, once its lookup has found it (from the bundled perimeter). */
export function tabVerdict(
  tab: TabState,
  lookup: LookupRecord | undefined
): CompanyVerdict | null {
  if (tab.chosen === null || lookup?.status !== 'done' || !lookup.result.ok)
    return null;
  const company: Company = lookup.result.value;
  return companyVerdict(bundledPerimeter(), company, tab.chosen.address);
}
