import type {EligibilityProfile} from '@ti-toolkit/core/catalogue';
import type {PlaceAnswer} from '@ti-toolkit/core/places';
import {
  BENEFICIARIES,
  COMPANY_SIZES,
  PROJECT_KINDS,
  type Beneficiary,
  type CompanySize,
  type ProjectKind,
} from '@ti-toolkit/data/catalogue';

/** The widget's answers as attributes carry them: plain strings, possibly wrong. */
export interface RawAnswers {
  who: string;
  size: string;
  project: string;
  hires: string | number;
  /** The company's NAF (APE) code, e.g. "25.62B". */
  naf: string;
  /** yes, no, or empty: whether the investment has started. */
  investmentStarted: string;
}

/** A value that was ignored, to tell the user about. */
export type Problem =
  | {
      field: 'who' | 'size' | 'hires' | 'naf' | 'investmentStarted';
      value: string;
    }
  | {field: 'project'; values: string[]};

export interface Answers {
  who: Beneficiary;
  size: CompanySize | null;
  projects: ProjectKind[];
  hires: number | null;
  /** A valid NAF code, normalised ("2562B"), or null. */
  naf: string | null;
  investmentStarted: boolean | null;
  problems: Problem[];
}

/** The question "who are you" always has an answer: most visitors of a partner page are companies. */
export const DEFAULT_WHO: Beneficiary = 'company';

const isOneOf = <T extends string>(
  values: readonly T[],
  value: string
): value is T => (values as readonly string[]).includes(value);

const id = (value: unknown) =>
  String(value ?? '')
    .trim()
    .toLowerCase();

/** Reads the answers, keeping the valid ones and listing the others: bad input never throws. */
export function readAnswers(raw: RawAnswers): Answers {
  const problems: Problem[] = [];
  const who = id(raw.who);
  const size = id(raw.size);
  const hires = String(raw.hires ?? '').trim();
  if (who && !isOneOf(BENEFICIARIES, who))
    problems.push({field: 'who', value: String(raw.who)});
  if (size && !isOneOf(COMPANY_SIZES, size))
    problems.push({field: 'size', value: String(raw.size)});
  const projects: ProjectKind[] = [];
  const unknown: string[] = [];
  for (const part of String(raw.project ?? '').split(',')) {
    const value = id(part);
    if (!value) continue;
    if (!isOneOf(PROJECT_KINDS, value)) unknown.push(part.trim());
    else if (!projects.includes(value)) projects.push(value);
  }
  if (unknown.length > 0) problems.push({field: 'project', values: unknown});
  const validHires = /^\d{1,6}$/.test(hires);
  if (hires && !validHires) problems.push({field: 'hires', value: hires});
  const naf = String(raw.naf ?? '').trim();
  const validNaf = /^\d{2}\.?\d{2}[A-Za-z]$/.test(naf);
  if (naf && !validNaf) problems.push({field: 'naf', value: naf});
  const started = id(raw.investmentStarted);
  if (started && started !== 'yes' && started !== 'no')
    problems.push({
      field: 'investmentStarted',
      value: String(raw.investmentStarted),
    });
  return {
    who: isOneOf(BENEFICIARIES, who) ? who : DEFAULT_WHO,
    size: isOneOf(COMPANY_SIZES, size) ? size : null,
    projects,
    hires: validHires ? Number(hires) : null,
    naf: validNaf ? naf.replace('.', '').toUpperCase() : null,
    investmentStarted:
      started === 'yes' ? true : started === 'no' ? false : null,
    problems,
  };
}

/** The profile `assessCatalogue` reads: the size only for a company, the hires only for a hiring project. */
export function toProfile(
  answers: Answers,
  place: PlaceAnswer | null,
  region: string | null = null
): EligibilityProfile {
  const profile: EligibilityProfile = {who: answers.who};
  if (answers.who === 'company' && answers.size)
    profile.companySize = answers.size;
  if (answers.who === 'company' && answers.naf) profile.naf = answers.naf;
  if (answers.investmentStarted !== null)
    profile.investmentStarted = answers.investmentStarted;
  if (place)
    profile.place = {status: place.status, territory: place.territory, region};
  if (answers.projects.length > 0) profile.projects = answers.projects;
  if (answers.projects.includes('hiring') && answers.hires !== null)
    profile.hires = answers.hires;
  return profile;
}
