import type {
  DefaultChoice,
  DetectedCompany,
} from '@ti-toolkit/core/page-companies';
import {addressChoiceFor} from '@ti-toolkit/core/company-territory';
import type {TabState} from '../shared/tab-state.ts';

/**
 * Which company the verdict is about, before the adviser says: the one they chose on this page if it is
 * still there; else the page's default choice (the core's chooseCompany: a registry page's subject, a legal
 * notice's publisher, the page's only company); otherwise none, and the adviser chooses.
 */
export function defaultChoice(
  previous: TabState | undefined,
  url: string,
  companies: readonly DetectedCompany[],
  choice: DefaultChoice
): TabState['chosen'] {
  const kept = previous?.chosen;
  if (
    kept &&
    previous?.url === url &&
    companies.some((c) => c.siren === kept.siren)
  )
    return kept;
  const chosen = companies.find((c) => c.siren === choice.siren);
  return chosen
    ? {siren: chosen.siren, address: addressChoiceFor(chosen.siret)}
    : null;
}
