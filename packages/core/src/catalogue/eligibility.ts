import type {
  Beneficiary,
  CompanySize,
  Localized,
  ProjectKind,
  Scheme,
  Sector,
} from '@ti-toolkit/data/catalogue';
import type {PlaceStatus, TerritoryRef} from '../places/index.ts';
import {sectorOfNaf} from './sector.ts';

/** Who asks, where, for what: the answers to the funding widget's few questions. */
export interface EligibilityProfile {
  who: Beneficiary;
  companySize?: CompanySize;
  /**
   * The place resolved with the perimeter lookups; absent when not given. `region` is the INSEE code of the
   * place's region, null when the place spans several or is unknown.
   */
  place?: {
    status: PlaceStatus;
    territory: TerritoryRef | null;
    region?: string | null;
  };
  projects?: readonly ProjectKind[];
  /** Number of hires planned, for per-hire estimates. */
  hires?: number;
  /** The company's main activity (NAF/APE code, e.g. "25.62B"), when known: schemes reserved to a sector read it. */
  naf?: string;
  /** Whether the investment has started: some schemes fund only an investment not started before applying. */
  investmentStarted?: boolean;
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
  | {code: 'place-unknown'; met: null; reserved: boolean}
  | {
      code: 'place-selected-territories';
      met: null;
      territory: TerritoryRef | null;
      /** Laureates the sources name in the place's territory. */
      laureates: string[];
    }
  | {code: 'region-eligible'; met: true; region: string}
  | {code: 'region-not-eligible'; met: false; regions: string[]}
  | {code: 'region-unknown'; met: null; regions: string[]}
  | {code: 'sector-eligible'; met: true; sector: Sector}
  | {code: 'sector-not-eligible'; met: false; sectors: Sector[]}
  | {code: 'sector-unknown'; met: null; sectors: Sector[]}
  | {code: 'investment-not-started'; met: true}
  | {code: 'investment-started'; met: false}
  | {code: 'investment-unknown'; met: null}
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

  const reason = placeReason(scheme, profile.place);
  if (reason) reasons.push(reason);
  if (scheme.regions) reasons.push(regionReason(scheme.regions, profile.place));
  if (rule.sectors && profile.who === 'company')
    reasons.push(sectorReason(rule.sectors, profile.naf));
  if (rule.investmentNotStarted)
    reasons.push(
      profile.investmentStarted === undefined
        ? {code: 'investment-unknown', met: null}
        : profile.investmentStarted
          ? {code: 'investment-started', met: false}
          : {code: 'investment-not-started', met: true}
    );

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
    reasons.push({code: 'operator-check', met: null, check: check.text});

  const verdict = verdictOf(reasons);
  return {
    scheme,
    verdict,
    reasons,
    // No sum is promised for a scheme the profile cannot get.
    estimate: verdict === 'not-eligible' ? null : estimate(scheme, profile),
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

/** Where a scheme applies: in every territory, in laureates only, or anywhere (then no reason at all). */
function placeReason(
  scheme: Scheme,
  place: EligibilityProfile['place']
): EligibilityReason | null {
  if (scheme.territoryScope === 'anywhere') return null;
  if (
    !place ||
    (place.status !== 'in-territory' && place.status !== 'not-in-territory')
  )
    return {
      code: 'place-unknown',
      met: null,
      reserved: scheme.reservedToTerritories,
    };
  if (scheme.reservedToTerritories && !place.territory)
    return {code: 'place-not-in-territory', met: false};
  if (scheme.territoryScope === 'selected-territories')
    return {
      code: 'place-selected-territories',
      met: null,
      territory: place.territory,
      laureates: (scheme.laureates ?? [])
        .filter((l) => l.territoryId && l.territoryId === place.territory?.id)
        .map((l) => `${l.name.fr} (${l.year})`),
    };
  return {code: 'place-in-territory', met: true, territory: place.territory!};
}

/** A regional scheme serves its regions' places only. */
function regionReason(
  regions: string[],
  place: EligibilityProfile['place']
): EligibilityReason {
  const region = place?.region;
  if (!region) return {code: 'region-unknown', met: null, regions};
  return regions.includes(region)
    ? {code: 'region-eligible', met: true, region}
    : {code: 'region-not-eligible', met: false, regions};
}

function sectorReason(sectors: Sector[], naf?: string): EligibilityReason {
  const sector = naf ? sectorOfNaf(naf) : undefined;
  if (sector === undefined) return {code: 'sector-unknown', met: null, sectors};
  return sector && sectors.includes(sector)
    ? {code: 'sector-eligible', met: true, sector}
    : {code: 'sector-not-eligible', met: false, sectors};
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
