import {MAX_PAGE_COMPANIES} from '@ti-toolkit/core/page-companies';
import {companyInText} from './company-in-text.ts';
import {lookUpChosen} from './tab-companies.ts';
import {readTab, writeTab} from './session.ts';
import {lookUp} from './lookups.ts';

/**
 * Puts a company the adviser named (typed in the panel, or selected on the page) at the top of the tab's list,
 * chosen, and looks it up. Without a tab (no page concerned) it is only looked up; the panel shows the record.
 */
export async function lookUpNamed(
  tabId: number | null,
  text: string,
  source: 'manual' | 'selection'
): Promise<{ok: true} | {ok: false; error: string}> {
  const company = companyInText(text, source);
  if (tabId === null) {
    if (company === null) return {ok: false, error: 'no-identifier'};
    await lookUp(company.siret ?? company.siren, {force: false});
    return {ok: true};
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
      });
    return {ok: false, error: 'no-identifier'};
  }
  const others = (tab?.companies ?? []).filter(
    (c) => c.siren !== company.siren
  );
  const state = {
    url: tab?.url ?? '',
    companies: [company, ...others].slice(0, MAX_PAGE_COMPANIES),
    chosen: {
      siren: company.siren,
      address:
        company.siret === null
          ? ('head-office' as const)
          : ('establishment' as const),
    },
    notice: null,
    updatedAt: Date.now(),
  };
  await writeTab(tabId, state);
  await lookUpChosen(tabId, state);
  return {ok: true};
}
