import {parseSiren} from '../identifiers/siren.ts';
import {parseSiret} from '../identifiers/siret.ts';

/**
 * The public advisers' service (Service public Conseillers-Entreprises, formerly Place des Entreprises). Its home
 * page keeps a `siret` query parameter for the request form: `Solicitation::PREFILL_PARAMS` in
 * betagouv/conseillers-entreprises, app/models/solicitation.rb, read by app/controllers/concerns/iframe_prefix.rb
 * and exercised by `visit "/?siret=…"` in spec/features/new_solicitation_js_feature_spec.rb.
 */
export const ADVISERS_SERVICE_URL =
  'https://conseillers-entreprises.service-public.gouv.fr/';

/**
 * The State's company directory: `/entreprise/<siren>` and `/etablissement/<siret>` are its canonical pages
 * (annuaire-entreprises-data-gouv-fr/site, src/routes/_header-default/entreprise.$slug.tsx and etablissement.$slug.tsx).
 */
export const COMPANY_DIRECTORY_ORIGIN =
  'https://annuaire-entreprises.data.gouv.fr';

/** Where an adviser hands a company on. */
export interface HandOffLinks {
  /** The advisers' service: its request form with the SIRET prefilled for a valid SIRET, else its home page. */
  adviser: string;
  /** Whether `adviser` carries the SIRET. */
  prefilled: boolean;
  /** The establishment's (SIRET) or the company's (SIREN) page on the directory; null when the number is neither. */
  directory: string | null;
}

/**
 * The two links for a SIREN or SIRET as found or typed (separators allowed). Only a checked number enters a URL,
 * and only through `URL` and `URLSearchParams`. The service documents no parameter for a SIREN, so a SIREN gets
 * its home page.
 */
export function handOffLinks(identifier: string): HandOffLinks {
  const siret = parseSiret(identifier);
  if (siret.ok) {
    const adviser = new URL(ADVISERS_SERVICE_URL);
    adviser.searchParams.set('siret', siret.value);
    return {
      adviser: adviser.href,
      prefilled: true,
      directory: directoryPage('etablissement', siret.value),
    };
  }
  const siren = parseSiren(identifier);
  return {
    adviser: ADVISERS_SERVICE_URL,
    prefilled: false,
    directory: siren.ok ? directoryPage('entreprise', siren.value) : null,
  };
}

/**
 * The links for a company and one of its establishments: the establishment's when its SIRET is valid (the advisers'
 * form then names it), else the company's. A register value that is no SIRET never reaches a URL.
 */
export function companyHandOffLinks(
  siren: string,
  siret: string | null
): HandOffLinks {
  const bySiret = siret === null ? null : handOffLinks(siret);
  return bySiret?.prefilled ? bySiret : handOffLinks(siren);
}

const directoryPage = (kind: 'entreprise' | 'etablissement', digits: string) =>
  new URL(`/${kind}/${encodeURIComponent(digits)}`, COMPANY_DIRECTORY_ORIGIN)
    .href;
