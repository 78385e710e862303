import {findCompanyIds} from '../identifiers/index.ts';
import {chooseCompany} from './choose-company.ts';
import {detectCompanies} from './detectors/index.ts';
import {MAX_PAGE_COMPANIES} from './limits.ts';
import type {
  PageCompanies,
  PageCompany,
  PageFacts,
  Seen,
} from './page-companies.ts';
import type {TextCompany} from './page-company.ts';
import {rankCompanies, roleRank} from './rank-companies.ts';

/** The text scan, described as the detectors describe themselves (its findings carry this source id). */
export const TEXT_SCAN = {
  id: 'page-text',
  label: {fr: 'texte de la page', en: "the page's text"},
} as const;

/**
 * The companies a page names, ranked, and the one chosen by default: the one detection pipeline of the
 * extension and of `ti scan`. The registry URL and structured data detectors come first (they name the
 * page's subject), then the companies in the text with their legal-notice roles; a company found both ways is
 * one company. `seen` (see chooseCompany) lets a page reader that renders the page check the candidates.
 */
export function findPageCompanies(
  facts: PageFacts,
  seen?: (index: number, length: number) => Seen
): PageCompanies {
  const detected = detectCompanies({
    url: parseUrl(facts.url),
    structuredData: facts.structuredData ?? [],
  });
  const inText = rankCompanies(findCompanyIds(facts.text), facts.text);
  const companies = merge(detected, inText)
    .sort(byRank)
    .slice(0, MAX_PAGE_COMPANIES)
    .map((company, i) => ({...company, rank: i + 1}));
  const choice = chooseCompany(companies, seen);
  return {companies: withChosenFirst(companies, choice.siren), choice};
}

// A file read by `ti scan` without --url, or an address the page reader could not give: no registry page.
function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    return new URL('about:blank');
  }
}

function merge(
  detected: ReturnType<typeof detectCompanies>,
  inText: TextCompany[]
): PageCompany[] {
  const bySiren = new Map<string, PageCompany>();
  for (const company of detected)
    bySiren.set(company.siren, {
      ...company,
      rank: 0,
      kinds: [],
      labels: [],
      spans: [],
    });
  for (const found of inText) {
    const company = bySiren.get(found.siren);
    if (company === undefined) {
      bySiren.set(found.siren, fromText(found));
      continue;
    }
    company.siret ??= found.siret;
    company.kinds = found.kinds;
    company.labels = found.labels;
    company.spans = found.spans;
    if (found.confidence === 'high') company.confidence = 'high';
    if (found.role !== null) company.role ??= found.role;
    if (found.displayOrderUncertain) company.displayOrderUncertain = true;
  }
  return [...bySiren.values()];
}

const fromText = (found: TextCompany): PageCompany => ({
  siren: found.siren,
  siret: found.siret,
  source: TEXT_SCAN.id,
  confidence: found.confidence,
  ...(found.role === null ? {} : {role: found.role}),
  rank: 0,
  kinds: found.kinds,
  labels: found.labels,
  spans: found.spans,
  ...(found.displayOrderUncertain ? {displayOrderUncertain: true} : {}),
});

// Detector findings first (they name the page's subject), then the text's order (publisher, no role,
// host/agency/credits; confidence; occurrences; position).
function byRank(a: PageCompany, b: PageCompany): number {
  const aDetected = a.source === TEXT_SCAN.id ? 1 : 0;
  const bDetected = b.source === TEXT_SCAN.id ? 1 : 0;
  return (
    aDetected - bDetected ||
    roleRank(a.role ?? null) - roleRank(b.role ?? null) ||
    Number(b.confidence === 'high') - Number(a.confidence === 'high') ||
    b.spans.length - a.spans.length ||
    (a.spans[0]?.index ?? 0) - (b.spans[0]?.index ?? 0)
  );
}

/** The chosen company first, the others in their order; ranks follow. */
function withChosenFirst(
  companies: PageCompany[],
  siren: string | null
): PageCompany[] {
  const chosen = companies.find((c) => c.siren === siren);
  if (chosen === undefined || chosen.rank === 1) return companies;
  return [chosen, ...companies.filter((c) => c !== chosen)].map(
    (company, i) => ({...company, rank: i + 1})
  );
}
