import type {DetectedCompany} from '../detectors/detector.ts';
import type {AddressChoice} from '../messages/message-map.ts';
import type {TabState} from '../shared/tab-state.ts';

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
 * still there, the page's subject on a registry page, a legal notice's publisher, the only company found;
 * otherwise none (they choose among them).
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
  const isSubject =
    PAGE_SUBJECT_SOURCES.has(top.source) || top.role === 'publisher';
  if (companies.length > 1 && !isSubject) return null;
  return {siren: top.siren, address: addressFor(top)};
}

const addressFor = (company: DetectedCompany): AddressChoice =>
  company.siret === null ? 'head-office' : 'establishment';
