import type {Company} from '@ti/core/company-api';
import {loadPerimeter} from '@ti/core/places';
import type {LookupRecord, TabState} from '../shared/tab-state.ts';
import {verdictFor, type Verdict} from '../shared/verdict.ts';

/** The verdict for a tab's chosen company, once its lookup has found it (the perimeter loads on first use). */
export async function tabVerdict(
  tab: TabState,
  lookup: LookupRecord | undefined
): Promise<Verdict | null> {
  if (tab.chosen === null || lookup?.status !== 'done' || !lookup.result.ok)
    return null;
  const company: Company = lookup.result.value;
  return verdictFor(await loadPerimeter(), company, tab.chosen.address);
}
