import type {Lang} from '@ti-toolkit/data/catalogue';
import type {EligibilityReason, Estimate, Verdict} from './eligibility.ts';
import {formatEuros} from './format-amount.ts';
import {
  BENEFICIARY_LABELS,
  PROJECT_LABELS,
  REGION_LABELS,
  SECTOR_LABELS,
  SIZE_LABELS,
  label,
} from './labels.ts';

const list = (
  values: readonly string[],
  labels: Parameters<typeof label>[0],
  lang: Lang
) => values.map((v) => label(labels, v, lang)).join(', ');

export const VERDICT_LABELS: Record<Verdict, Record<Lang, string>> = {
  eligible: {fr: 'Éligible', en: 'Eligible'},
  'to-check': {fr: 'À vérifier', en: 'To be checked'},
  'not-eligible': {fr: 'Non éligible', en: 'Not eligible'},
};

/** One reason in plain words: why it fits, why not, or what to check. */
export function explainReason(reason: EligibilityReason, lang: Lang): string {
  const fr = lang === 'fr';
  switch (reason.code) {
    case 'who-eligible':
      return fr
        ? `Ouvert aux bénéficiaires de type « ${label(BENEFICIARY_LABELS, reason.who, lang)} ».`
        : `Open to “${label(BENEFICIARY_LABELS, reason.who, lang)}” applicants.`;
    case 'who-not-eligible':
      return fr
        ? `Réservé à : ${list(reason.allowed, BENEFICIARY_LABELS, lang)}.`
        : `Reserved for: ${list(reason.allowed, BENEFICIARY_LABELS, lang)}.`;
    case 'scheme-closed':
      return fr ? 'Le dispositif est clos.' : 'The scheme is closed.';
    case 'scheme-upcoming':
      return fr
        ? "Le dispositif n'est pas encore ouvert."
        : 'The scheme is not open yet.';
    case 'scheme-unconfirmed':
      return fr
        ? `Non confirmé : ${reason.note.fr}`
        : `Unconfirmed: ${reason.note.en}`;
    case 'place-in-territory':
      return fr
        ? `Le lieu est dans le Territoire d'industrie ${reason.territory.name} (${reason.territory.id}).`
        : `The place is in the Territoire d'industrie ${reason.territory.name} (${reason.territory.id}).`;
    case 'place-not-in-territory':
      return fr
        ? "Réservé aux Territoires d'industrie ; le lieu n'en fait pas partie."
        : 'Reserved for Territoires d’industrie; the place is not in one.';
    case 'place-unknown':
      if (!reason.reserved)
        return fr
          ? "Le lieu n'est pas connu avec certitude : vérifiez qu'il fait partie des territoires retenus."
          : 'The place is not known for sure: check that it is among the selected territories.';
      return fr
        ? "Le lieu n'est pas connu avec certitude : vérifiez qu'il est dans un Territoire d'industrie."
        : 'The place is not known for sure: check that it is in a Territoire d’industrie.';
    case 'place-selected-territories':
      if (reason.laureates.length > 0)
        return fr
          ? `Territoire lauréat selon nos sources : ${reason.laureates.join(', ')}. À confirmer auprès de l'opérateur.`
          : `A selected territory according to our sources: ${reason.laureates.join(', ')}. To confirm with the operator.`;
      return fr
        ? "Réservé aux territoires retenus pour ce dispositif, dont nos sources ne donnent pas la liste complète : à vérifier auprès de l'opérateur."
        : 'Reserved for the territories selected for this scheme, which our sources do not list in full: check with the operator.';
    case 'region-eligible':
      return fr
        ? `Le lieu est en région ${label(REGION_LABELS, reason.region, lang)}.`
        : `The place is in the ${label(REGION_LABELS, reason.region, lang)} region.`;
    case 'region-not-eligible':
      return fr
        ? `Réservé à la région ${list(reason.regions, REGION_LABELS, lang)} ; le lieu n'y est pas.`
        : `Reserved for the ${list(reason.regions, REGION_LABELS, lang)} region; the place is not there.`;
    case 'region-unknown':
      return fr
        ? `Réservé à la région ${list(reason.regions, REGION_LABELS, lang)} : indiquez le lieu pour le vérifier.`
        : `Reserved for the ${list(reason.regions, REGION_LABELS, lang)} region: give the place to check it.`;
    case 'sector-eligible':
      return fr
        ? `Secteur admis (${label(SECTOR_LABELS, reason.sector, lang)}).`
        : `Sector accepted (${label(SECTOR_LABELS, reason.sector, lang)}).`;
    case 'sector-not-eligible':
      return fr
        ? `Réservé au secteur : ${list(reason.sectors, SECTOR_LABELS, lang)} ; l'activité de l'entreprise n'en relève pas.`
        : `Reserved for the sector: ${list(reason.sectors, SECTOR_LABELS, lang)}; the company's activity is not in it.`;
    case 'sector-unknown':
      return fr
        ? `Réservé au secteur : ${list(reason.sectors, SECTOR_LABELS, lang)} (à vérifier).`
        : `Reserved for the sector: ${list(reason.sectors, SECTOR_LABELS, lang)} (to be checked).`;
    case 'investment-not-started':
      return fr
        ? "L'investissement n'a pas commencé."
        : 'The investment has not started.';
    case 'investment-started':
      return fr
        ? "L'investissement ne doit pas avoir commencé avant la demande."
        : 'The investment must not have started before the application.';
    case 'investment-unknown':
      return fr
        ? "L'investissement ne doit pas avoir commencé avant la demande : à confirmer."
        : 'The investment must not have started before the application: to confirm.';
    case 'size-eligible':
      return fr
        ? `Taille d'entreprise admise (${label(SIZE_LABELS, reason.size, lang)}).`
        : `Company size accepted (${label(SIZE_LABELS, reason.size, lang)}).`;
    case 'size-not-eligible':
      return fr
        ? `Réservé aux tailles : ${list(reason.allowed, SIZE_LABELS, lang)}.`
        : `Reserved for sizes: ${list(reason.allowed, SIZE_LABELS, lang)}.`;
    case 'size-unknown':
      return fr
        ? `Taille d'entreprise à préciser (admises : ${list(reason.allowed, SIZE_LABELS, lang)}).`
        : `Company size to be given (accepted: ${list(reason.allowed, SIZE_LABELS, lang)}).`;
    case 'project-covered':
      return fr
        ? `Finance ce type de projet : ${list(reason.projects, PROJECT_LABELS, lang)}.`
        : `Covers this kind of project: ${list(reason.projects, PROJECT_LABELS, lang)}.`;
    case 'project-not-covered':
      return fr
        ? `Ne couvre pas ce type de projet (couvre : ${list(reason.allowed, PROJECT_LABELS, lang)}).`
        : `Does not cover this kind of project (covers: ${list(reason.allowed, PROJECT_LABELS, lang)}).`;
    case 'operator-check':
      return fr
        ? `À confirmer avec l'opérateur : ${reason.check.fr}`
        : `To confirm with the operator: ${reason.check.en}`;
  }
}

export function explainEstimate(estimate: Estimate, lang: Lang): string {
  const total = formatEuros(estimate.euros, lang);
  const each = formatEuros(estimate.perHire, lang);
  const text =
    lang === 'fr'
      ? `Estimation : ${estimate.hires} × ${each} = ${total}`
      : `Estimate: ${estimate.hires} × ${each} = ${total}`;
  if (estimate.confirmed) return text;
  return lang === 'fr'
    ? `${text} (montant non confirmé)`
    : `${text} (amount not confirmed)`;
}
