import type {Lang} from '@ti-toolkit/data/catalogue';
import {
  explainCandidate,
  explainPlace,
  type PlaceAnswer,
  type PlaceStatus,
} from '../places/index.ts';

/** The columns appended to each row of a checked list, in this order. */
export const LIST_COLUMNS = [
  'territory_id',
  'territory_name',
  'status',
  'reason',
  'commune',
  'epci',
] as const;

export type ListColumn = (typeof LIST_COLUMNS)[number];

/**
 * A place answer's status, or `failed` when the company lookup could not be done (the company API failed or was not
 * reachable): such a row is unchecked, never "not found". Codes, the same in every language, so that a list can be
 * filtered by them.
 */
export type ListStatus = PlaceStatus | 'failed';

/** One row's answer, as the appended cells: plain strings, empty when there is nothing to say. */
export type ListAnswer = Record<ListColumn, string> & {status: ListStatus};

/**
 * The cells of a place answer. `reason` is in `lang` (without the data vintage, the same on every row); an ambiguous
 * answer lists its candidates there. `commune` is "name (INSEE code)", or the communes of a postcode with one
 * outcome; `epci` is "name (SIREN)" of the intercommunality the verdict went through (the EPT in Greater Paris).
 */
export function listAnswerOf(answer: PlaceAnswer, lang: Lang): ListAnswer {
  const communes = answer.commune ? [answer.commune] : (answer.communes ?? []);
  const showKind = answer.reason.code === 'code-both-insee-and-postcode';
  const candidates = (answer.candidates ?? []).map((candidate) =>
    explainCandidate(candidate, lang, showKind)
  );
  return {
    territory_id: answer.territory?.id ?? '',
    territory_name: answer.territory?.name ?? '',
    status: listStatusOf(answer),
    reason: [explainPlace(answer, lang), ...candidates].join(' | '),
    commune: communes.map((c) => `${c.name} (${c.code})`).join(', '),
    epci: answer.groupement
      ? `${answer.groupement.name} (${answer.groupement.siren})`
      : '',
  };
}

/** The answer's status, `failed` when its company could not be looked up. */
export function listStatusOf(answer: PlaceAnswer): ListStatus {
  const code = answer.reason.code;
  return code === 'company-lookup-failed' ||
    code === 'company-lookup-unavailable'
    ? 'failed'
    : answer.status;
}
