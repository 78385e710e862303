import {MAX_PAGE_COMPANIES} from '@ti-toolkit/core/page-companies';
import {addressChoiceFor} from '@ti-toolkit/core/company-territory';
import {companyInText} from './company-in-text.ts';
import {saveAndLookUp} from './tab-companies.ts';
import {showUnsaved} from './badge.ts';
import {readTab, writeTab} from './session.ts';
import {lookUp} from './lookups.ts';
import type {LookUpError} from '../shared/look-up-error.ts';

/**
 * Puts a company the adviser named (typed in the panel, or selected on the page) at the top of the tab's list,
 * chosen, and looks it up. Without a tab (no page concerned) it is only looked up; the panel shows the record.
 */
export async function lookUpNamed(
  tabId: number | null,
  text: string,
  source: 'manual' | 'selection'
): Promise<{ok: true} | {ok: false; error: LookUpError}> {
  const company = companyInText(text, source);
  if (tabId === null) {
    if (company === null) return {ok: false, error: 'no-identifier'};
    let saved = true;
    await lookUp(company.siret ?? company.siren, {
      onUnsaved: () => (saved = false),
    });
    return saved ? {ok: true} : {ok: false, error: 'storage-full'};
  }
  const tab = await readTab(tabId);
  if (company === null) {
    if (tab !== undefined || source === 'selection')
      await writeTab(tabId, {
        url: tab?.url ?? '',
        companies: tab?.companies ?? [],
        chosen: tab?.chosen ?? null,
        notice: {kind: 'no-identifier-in-selection', text: text.slice(0, 200)},
        updatedAt: Date.now(),
      }).catch(() => showUnsaved(tabId));
    return {ok: false, error: 'no-identifier'};
  }
  const others = (tab?.companies ?? []).filter(
    (c) => c.siren !== company.siren
  );
  const state = {
    url: tab?.url ?? '',
    companies: [company, ...others].slice(0, MAX_PAGE_COMPANIES),
    chosen: {siren: company.siren, address: addressChoiceFor(company.siret)},
    notice: null,
    updatedAt: Date.now(),
  };
  return (await saveAndLookUp(tabId, state))
    ? {ok: true}
    : {ok: false, error: 'storage-full'};
}
