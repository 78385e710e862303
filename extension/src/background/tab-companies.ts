import type {DetectedCompany} from '../detectors/detector.ts';
import type {AddressChoice} from '../messages/message-map.ts';
import {identifierFor, type TabState} from '../shared/tab-state.ts';
import {refreshBadges} from './badge.ts';
import {lookUp} from './lookups.ts';
import {readTab, writeTab} from './session.ts';

// Found by a registry URL or structured data: the page is about that company, whatever else it names.
const PAGE_SUBJECT_SOURCES = new Set([
  'annuaire-entreprises',
  'pappers',
  'societe-com',
  'infogreffe',
  'json-ld',
]);

/**
 * Which company the verdict is about, before the adviser says: the one they chose on this page if it is
 * still there, the page's subject on a registry page, the only company found; otherwise none (they choose).
 */
export function defaultChoice(
  previous: TabState | undefined,
  url: string,
  companies: readonly DetectedCompany[]
): TabState['chosen'] {
  const kept = previous?.chosen;
  if (
    kept &&
    previous?.url === url &&
    companies.some((c) => c.siren === kept.siren)
  )
    return kept;
  const top = companies[0];
  if (top === undefined) return null;
  if (companies.length > 1 && !PAGE_SUBJECT_SOURCES.has(top.source))
    return null;
  return {siren: top.siren, address: addressFor(top)};
}

const addressFor = (company: DetectedCompany): AddressChoice =>
  company.siret === null ? 'head-office' : 'establishment';

/** Records what a page holds and starts the lookup of the chosen company. */
export async function setTabCompanies(
  tabId: number,
  url: string,
  companies: DetectedCompany[]
): Promise<void> {
  const previous = await readTab(tabId);
  const state: TabState = {
    url,
    companies,
    chosen: defaultChoice(previous, url, companies),
    notice: null,
    updatedAt: Date.now(),
  };
  await writeTab(tabId, state);
  await lookUpChosen(state);
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
  await lookUpChosen(state);
}

/** Shows the badge for the new state at once ("…"), then again once the lookup has answered. */
export async function lookUpChosen(state: TabState): Promise<void> {
  await refreshBadges();
  const identifier = identifierFor(state);
  if (identifier !== null) await lookUp(identifier, {onDone: refreshBadges});
}
