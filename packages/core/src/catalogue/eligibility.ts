import type {
  Beneficiary,
  CompanySize,
  Localized,
  ProjectKind,
  Scheme,
} from '@ti/data/catalogue';
import type {PlaceStatus, TerritoryRef} from '../places/index.ts';

/** Who asks, where, for what: the answers to the funding widget's few questions. */
export interface EligibilityProfile {
  who: Beneficiary;
  companySize?: CompanySize;
  /** The place resolved with the perimeter lookups; absent when not given. */
  place?: {status: PlaceStatus; territory: TerritoryRef | null};
  projects?: readonly ProjectKind[];
  /** Number of hires planned, for per-hire estimates. */
  hires?: number;
}

export type Verdict = 'eligible' | 'to-check' | 'not-eligible';

/** Why a verdict is what it is; `met` is false for a blocking reason, null for something to check. */
export type EligibilityReason =
  | {
      code: 'who-eligible' | 'who-not-eligible';
      met: boolean;
      who: Beneficiary;
      allowed: Beneficiary[];
    }
  | {code: 'scheme-closed' | 'scheme-upcoming'; met: boolean | null}
  | {code: 'scheme-unconfirmed'; met: null; note: Localized}
  | {code: 'place-in-territory'; met: true; territory: TerritoryRef}
  | {code: 'place-not-in-territory'; met: false}
  | {code: 'place-unknown'; met: null}
  | {
      code: 'place-selected-territories';
      met: null;
      territory: TerritoryRef | null;
    }
  | {
      code: 'size-eligible' | 'size-not-eligible';
      met: boolean;
      size: CompanySize;
      allowed: CompanySize[];
    }
  | {code: 'size-unknown'; met: null; allowed: CompanySize[]}
  | {code: 'project-covered'; met: true; projects: ProjectKind[]}
  | {code: 'project-not-covered'; met: false; allowed: ProjectKind[]}
  | {code: 'operator-check'; met: null; check: Localized};

export interface Estimate {
  euros: number;
  hires: number;
  perHire: number;
  /** False when the amount or the scheme's continuation is not confirmed. */
  confirmed: boolean;
}

export interface Assessment {
  scheme: Scheme;
  verdict: Verdict;
  reasons: EligibilityReason[];
  estimate: Estimate | null;
}

/**
 * Whether a scheme fits a profile. "eligible" means every condition the toolkit can check is met; conditions only
 * the operator can check are listed as reasons to check. One unmet condition makes it "not-eligible"; an unknown
 * one (place not given, size not given, scheme not confirmed) makes it "to-check".
 */
export function assessScheme(
  scheme: Scheme,
  profile: EligibilityProfile
): Assessment {
  const rule = scheme.eligibility;
  const reasons: EligibilityReason[] = [];
  const allowed = rule.who;
  reasons.push({
    code: allowed.includes(profile.who) ? 'who-eligible' : 'who-not-eligible',
    met: allowed.includes(profile.who),
    who: profile.who,
    allowed,
  });

  if (scheme.status === 'closed')
    reasons.push({code: 'scheme-closed', met: false});
  if (scheme.status === 'upcoming')
    reasons.push({code: 'scheme-upcoming', met: null});
  if (scheme.status === 'unconfirmed' && scheme.statusNote)
    reasons.push({
      code: 'scheme-unconfirmed',
      met: null,
      note: scheme.statusNote,
    });

  const reason = placeReason(rule.place, profile.place);
  if (reason) reasons.push(reason);

  if (rule.companySizes && profile.who === 'company') {
    const sizes = rule.companySizes;
    if (!profile.companySize)
      reasons.push({code: 'size-unknown', met: null, allowed: sizes});
    else {
      const met = sizes.includes(profile.companySize);
      reasons.push({
        code: met ? 'size-eligible' : 'size-not-eligible',
        met,
        size: profile.companySize,
        allowed: sizes,
      });
    }
  }

  if (rule.projects && profile.projects && profile.projects.length > 0) {
    const covered = profile.projects.filter((p) => rule.projects!.includes(p));
    reasons.push(
      covered.length > 0
        ? {code: 'project-covered', met: true, projects: covered}
        : {code: 'project-not-covered', met: false, allowed: rule.projects}
    );
  }

  for (const check of rule.checks)
    reasons.push({code: 'operator-check', met: null, check});

  return {
    scheme,
    verdict: verdictOf(reasons),
    reasons,
    estimate: estimate(scheme, profile),
  };
}

/** Every scheme for a profile: eligible first, then to check, then not eligible; catalogue order within each. */
export function assessCatalogue(
  schemes: readonly Scheme[],
  profile: EligibilityProfile
): Assessment[] {
  const order: Record<Verdict, number> = {
    eligible: 0,
    'to-check': 1,
    'not-eligible': 2,
  };
  return schemes
    .map((scheme) => assessScheme(scheme, profile))
    .sort((a, b) => order[a.verdict] - order[b.verdict]);
}

function placeReason(
  rule: Scheme['eligibility']['place'],
  place: EligibilityProfile['place']
): EligibilityReason | null {
  if (rule === 'anywhere') return null;
  if (
    !place ||
    (place.status !== 'in-territory' && place.status !== 'not-in-territory')
  )
    return {code: 'place-unknown', met: null};
  if (rule === 'selected-territories')
    return {
      code: 'place-selected-territories',
      met: null,
      territory: place.territory,
    };
  return place.territory
    ? {code: 'place-in-territory', met: true, territory: place.territory}
    : {code: 'place-not-in-territory', met: false};
}

function verdictOf(reasons: readonly EligibilityReason[]): Verdict {
  if (reasons.some((r) => r.met === false)) return 'not-eligible';
  // Operator checks alone do not lower an eligible verdict: they are what to confirm when applying.
  if (reasons.some((r) => r.met === null && r.code !== 'operator-check'))
    return 'to-check';
  return 'eligible';
}

function estimate(
  scheme: Scheme,
  profile: EligibilityProfile
): Estimate | null {
  if (
    scheme.eligibility.estimate !== 'per-hire' ||
    !profile.hires ||
    profile.hires < 1
  )
    return null;
  const perUnit = scheme.amounts.find((a) => a.type === 'per-unit');
  if (!perUnit) return null;
  const hires = Math.floor(profile.hires);
  return {
    euros: hires * perUnit.euros,
    hires,
    perHire: perUnit.euros,
    confirmed: perUnit.confirmed && scheme.status !== 'unconfirmed',
  };
}
