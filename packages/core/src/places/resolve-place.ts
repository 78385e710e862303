import {communeVerdict} from '../company-territory/commune-verdict.ts';
import type {PlaceAnswer, PlaceCandidate} from './place-answer.ts';
import {parsePlace, type PlaceQuery} from './parse-place.ts';
import {placesFor, type Places} from './places.ts';
import {emptyAnswer, resolveInsee} from './resolve-commune.ts';
import {resolveGroupement} from './resolve-groupement.ts';
import {resolveName} from './resolve-name.ts';
import {resolvePostcode} from './resolve-postcode.ts';

/** Where a company is, as the caller's company lookup found it (the API client is injected, never imported here). */
export type CompanyLocation =
  | {
      ok: true;
      siren: string;
      siret: string | null;
      name: string;
      location: 'establishment' | 'head-office';
      /** INSEE code of the establishment's commune; may be a municipal arrondissement. */
      communeCode: string | null;
    }
  | {ok: false; reason: 'not-found' | 'failed'; detail: string};

export type CompanyLocator = (query: {
  kind: 'siren' | 'siret';
  value: string;
}) => Promise<CompanyLocation>;

export interface ResolveOptions {
  /** Without it, a company's SIREN or SIRET is answered "not found" with the reason that no lookup was possible. */
  locateCompany?: CompanyLocator;
}

/**
 * Resolves any typed place to a verdict with its reason. Never throws on bad input: "invalid" is an answer.
 * Places that load communes on demand (`loadPlacesFor`) load what the parsed input needs first (ADR 0016).
 */
export async function resolvePlace(
  places: Places,
  input: string,
  options: ResolveOptions = {}
): Promise<PlaceAnswer> {
  const parsed = parsePlace(input);
  if (!parsed.ok)
    return emptyAnswer(places, input, 'invalid', null, {
      code: 'invalid-input',
      detail: parsed.reason,
    });
  return resolveQuery(
    await placesFor(places, parsed.value),
    parsed.value,
    input,
    options
  );
}

export async function resolveQuery(
  places: Places,
  query: PlaceQuery,
  input: string,
  {locateCompany}: ResolveOptions
): Promise<PlaceAnswer> {
  switch (query.kind) {
    case 'insee':
      return resolveInsee(places, query.code, input);
    case 'postcode':
      return resolvePostcode(places, query.code, input);
    case 'insee-or-postcode':
      return resolveInseeOrPostcode(places, query.code, input);
    case 'name':
      return resolveName(places, query.name, input, query.near);
    case 'siren':
      return (
        resolveGroupement(places, query.siren, input) ??
        resolveCompany(places, 'siren', query.siren, input, locateCompany)
      );
    case 'siret':
      return resolveCompany(places, 'siret', query.siret, input, locateCompany);
  }
}

/** A bare 5-digit input: read as an INSEE code and as a postcode; say so when both readings exist and disagree. */
function resolveInseeOrPostcode(
  places: Places,
  code: string,
  input: string
): PlaceAnswer {
  const asInsee = resolveInsee(places, code, input);
  const asPostcode = resolvePostcode(places, code, input);
  if (asInsee.status === 'not-found') return asPostcode;
  if (asPostcode.status === 'not-found') return asInsee;
  // An old code (75008 was Bobigny's before 1968) must not shadow the postcode everybody means; say so.
  if (asInsee.reason.via === 'old-code')
    return {
      ...asPostcode,
      reason: {...asPostcode.reason, oldCodeOf: asInsee.commune!},
    };
  const sameCommune =
    asPostcode.communes?.length === 1 &&
    asPostcode.communes[0]!.code === asInsee.commune?.code;
  if (sameCommune) return asInsee;
  const candidates: PlaceCandidate[] = [
    {
      kind: 'insee',
      commune: asInsee.commune,
      groupement: asInsee.groupement,
      territory: asInsee.territory,
    },
    ...(asPostcode.candidates ??
      (asPostcode.communes ?? []).map((commune) => ({
        kind: 'postcode' as const,
        commune,
        groupement: asPostcode.groupement,
        territory: asPostcode.territory,
      }))),
  ];
  const outcomes = new Set(candidates.map((c) => c.territory?.id ?? null));
  const reason = {code: 'code-both-insee-and-postcode' as const, detail: code};
  if (outcomes.size === 1)
    return {
      ...asInsee,
      commune: null,
      groupement: null,
      communes: candidates.map((c) => c.commune!),
      reason,
      candidates,
    };
  // Neither reading wins: `kind` stays null and each candidate says how it was read.
  return {...emptyAnswer(places, input, 'ambiguous', null, reason), candidates};
}

async function resolveCompany(
  places: Places,
  kind: 'siren' | 'siret',
  value: string,
  input: string,
  locateCompany: CompanyLocator | undefined
): Promise<PlaceAnswer> {
  if (!locateCompany)
    return emptyAnswer(places, input, 'not-found', kind, {
      code: 'company-lookup-unavailable',
    });
  const found = await locateCompany({kind, value});
  if (!found.ok)
    return emptyAnswer(places, input, 'not-found', kind, {
      code:
        found.reason === 'not-found'
          ? 'company-not-found'
          : 'company-lookup-failed',
      detail: found.detail,
    });
  const located = found.communeCode
    ? await placesFor(places, {kind: 'insee', code: found.communeCode})
    : places;
  return companyAnswer(located, found, input);
}

/** The verdict for a located company: its establishment's (or head office's) commune, with the company named. */
export function companyAnswer(
  places: Places,
  found: Extract<CompanyLocation, {ok: true}>,
  input: string
): PlaceAnswer {
  const kind = found.location === 'establishment' ? 'siret' : 'siren';
  const company = {
    siren: found.siren,
    siret: found.siret,
    name: found.name,
    location: found.location,
  };
  if (!found.communeCode)
    return {
      ...emptyAnswer(places, input, 'not-found', kind, {
        code: 'company-without-location',
      }),
      company,
    };
  // The toolkit's one company verdict decides; the commune directory then names the commune and its intercommunality.
  const verdict = communeVerdict(places.perimeter, found.communeCode);
  if (verdict.status === 'unknown-commune')
    return {
      ...emptyAnswer(places, input, 'unknown-commune', kind, {
        code: 'company-commune-unknown',
        detail: verdict.communeCode,
      }),
      company,
    };
  return {...resolveInsee(places, found.communeCode, input), kind, company};
}
