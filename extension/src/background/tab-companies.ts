import type {
  DefaultChoice,
  DetectedCompany,
} from '@ti-toolkit/core/page-companies';
import {defaultChoice} from './default-choice.ts';
import type {AddressChoice} from '../messages/message-map.ts';
import {identifierFor, type TabState} from '../shared/tab-state.ts';
import {
  refreshBadge,
  refreshBadgesOf,
  showUnsaved,
  showUnsavedOf,
} from './badge.ts';
import {lookUp} from './lookups.ts';
import {readTab, writeTab} from './session.ts';

/** Records what a page holds and starts the lookup of the chosen company. */
export async function setTabCompanies(
  tabId: number,
  url: string,
  companies: DetectedCompany[],
  choice: DefaultChoice
): Promise<void> {
  const previous = await readTab(tabId);
  const state: TabState = {
    url,
    companies,
    chosen: defaultChoice(previous, url, companies, choice),
    choiceReason: choice.reason,
    notice: null,
    updatedAt: Date.now(),
  };
  await saveAndLookUp(tabId, state);
}

export async function chooseCompany(
  tabId: number,
  siren: string,
  address: AddressChoice
): Promise<void> {
  const tab = await readTab(tabId);
  if (tab === undefined || !tab.companies.some((c) => c.siren === siren))
    return;
  const state = {...tab, chosen: {siren, address}, updatedAt: Date.now()};
  await saveAndLookUp(tabId, state);
}

/**
 * Stores the tab's new state and looks its chosen company up. When storage refuses the state, the badge says
 * so at once (the lookup would have no tab to show on). False when storage refused the state or the lookup.
 */
export async function saveAndLookUp(
  tabId: number,
  state: TabState
): Promise<boolean> {
  try {
    await writeTab(tabId, state);
  } catch {
    await showUnsaved(tabId);
    return false;
  }
  return lookUpChosen(tabId, state);
}

/**
 * Shows the badge for the new state at once ("…"), then again once the lookup has ended: its verdict, or an
 * error when storage refused to keep its answer, so that "…" never stays. False in that last case.
 */
async function lookUpChosen(tabId: number, state: TabState): Promise<boolean> {
  await refreshBadge(tabId);
  const identifier = identifierFor(state);
  if (identifier === null) return true;
  let saved = true;
  await lookUp(identifier, {
    onDone: () => void refreshBadgesOf(identifier),
    onUnsaved: () => {
      saved = false;
      void showUnsavedOf(identifier);
    },
  });
  return saved;
}
