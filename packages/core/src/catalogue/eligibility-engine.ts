// What the funding widget loads with the catalogue, not before: the verdicts and their words.
export {assessCatalogue, assessScheme} from './eligibility.ts';
export {
  explainEstimate,
  explainReason,
  VERDICT_LABELS,
} from './explain-eligibility.ts';
