import type {Company, Establishment} from './company.ts';
import {headcountBand} from './headcount.ts';
import type {CompanyId} from './identifier.ts';
import type {ApiCompany, ApiEstablishment, SearchAnswer} from './schema.ts';

export interface NormaliseOptions {
  /** NAF label lookup; the API sends codes only, so labels come from the caller's table if any. */
  readonly nafLabel?: (code: string) => string | undefined;
}

/**
 * The company the identifier asked for, or null. A search can return another company (the query is
 * also a text search), and for a SIRET the API lists the asked establishment in matching_etablissements.
 */
export function companyFromAnswer(
  answer: SearchAnswer,
  id: CompanyId,
  options: NormaliseOptions = {}
): Company | null {
  const found = answer.results.find((result) => result.siren === id.siren);
  if (found === undefined) return null;
  if (id.kind === 'siren') return normaliseCompany(found, null, options);
  const match = found.matching_etablissements.find(
    (item) => item.siret === id.siret
  );
  return match === undefined
    ? null
    : normaliseCompany(found, normaliseEstablishment(match), options);
}

function normaliseCompany(
  api: ApiCompany,
  establishment: Establishment | null,
  {nafLabel}: NormaliseOptions
): Company {
  const naf = clean(api.activite_principale);
  return {
    siren: api.siren,
    name: clean(api.nom_complet) ?? clean(api.nom_raison_sociale),
    state: api.etat_administratif === 'A' ? 'active' : 'closed',
    activity: naf === null ? null : {code: naf, label: nafLabel?.(naf) ?? null},
    size: {
      category: api.categorie_entreprise,
      headcount: headcountBand(
        clean(api.tranche_effectif_salarie),
        clean(api.annee_tranche_effectif_salarie)
      ),
    },
    headOffice: api.siege === null ? null : normaliseEstablishment(api.siege),
    establishment,
  };
}

export function normaliseEstablishment(api: ApiEstablishment): Establishment {
  const communeCode = clean(api.commune);
  return {
    siret: api.siret,
    isHeadOffice: api.est_siege,
    state: api.etat_administratif === 'A' ? 'active' : 'closed',
    communeCode,
    postcode: clean(api.code_postal),
    communeName: clean(api.libelle_commune),
    epciSiren: clean(api.epci),
    department: clean(api.departement) ?? departmentOfCommune(communeCode),
    region: clean(api.region),
    address: clean(api.adresse),
    latitude: coordinate(api.latitude, 90),
    longitude: coordinate(api.longitude, 180),
  };
}

/** Department code from a commune INSEE code: 3 characters overseas (97x, 98x), else 2 (incl. 2A/2B). */
export function departmentOfCommune(code: string | null): string | null {
  if (code === null) return null;
  if (/^9[78]\d{3}$/.test(code)) return code.slice(0, 3);
  // 99xxx are foreign countries, not departments.
  if (/^(?:[0-8]\d|9[0-5]|2[AB])\d{3}$/.test(code)) return code.slice(0, 2);
  return null;
}

function coordinate(
  value: string | number | null,
  limit: number
): number | null {
  const number =
    typeof value === 'string'
      ? value.trim() === ''
        ? Number.NaN
        : Number(value)
      : value;
  return number !== null && Number.isFinite(number) && Math.abs(number) <= limit
    ? number
    : null;
}

/** The register pads some fields and sends "" for unknown values: both mean "no value" here. */
function clean(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
