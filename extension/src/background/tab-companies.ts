import type {
  DefaultChoice,
  DetectedCompany,
} from '@ti-toolkit/core/page-companies';
import {defaultChoice} from './default-choice.ts';
import type {AddressChoice} from '../messages/message-map.ts';
import {identifierFor, type TabState} from '../shared/tab-state.ts';
import {refreshBadge, refreshBadgesOf} from './badge.ts';
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
  await writeTab(tabId, state);
  await lookUpChosen(tabId, state);
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
  await writeTab(tabId, state);
  await lookUpChosen(tabId, state);
}

/** Shows the badge for the new state at once ("…"), then again once the lookup has answered. */
export async function lookUpChosen(
  tabId: number,
  state: TabState
): Promise<void> {
  await refreshBadge(tabId);
  const identifier = identifierFor(state);
  if (identifier !== null)
    await lookUp(identifier, {onDone: () => refreshBadgesOf(identifier)});
}
