import type {Catalogue, Lang, Scheme, SchemeStatus} from '@ti/data/catalogue';
import MiniSearch from 'minisearch';
import {BENEFICIARY_LABELS, KIND_LABELS, PROJECT_LABELS} from './labels.ts';
import {
  countFacets,
  matchesFilters,
  type FacetCounts,
  type SchemeFilters,
} from './scheme-filters.ts';
import {indexTerms, queryTerm} from './search-terms.ts';

export interface SchemeQuery {
  /** Free text, as typed; empty lists every scheme. */
  text?: string;
  filters?: SchemeFilters;
  lang?: Lang;
}

export interface SchemeHit {
  scheme: Scheme;
  /** Relevance to the text (0 when there is no text). */
  score: number;
}

export interface SchemeResults {
  hits: SchemeHit[];
  /** Counts per facet value, for the text and the other facets' filters. */
  facets: FacetCounts;
}

/** Among equally relevant schemes, open and running ones first; closed ones always come last (history). */
const STATUS_ORDER: Record<SchemeStatus, number> = {
  open: 0,
  running: 1,
  upcoming: 2,
  unconfirmed: 3,
  closed: 4,
};

interface IndexedScheme {
  id: string;
  title: string;
  summary: string;
  description: string;
  tags: string;
}

const indexes = new WeakMap<
  Catalogue,
  Partial<Record<Lang, MiniSearch<IndexedScheme>>>
>();

/** Builds (once per catalogue and language) the full-text index: titles weigh most, then summaries. */
function indexFor(catalogue: Catalogue, lang: Lang): MiniSearch<IndexedScheme> {
  const byLang = indexes.get(catalogue) ?? {};
  indexes.set(catalogue, byLang);
  const built = byLang[lang];
  if (built) return built;
  const index = new MiniSearch<IndexedScheme>({
    fields: ['title', 'summary', 'description', 'tags'],
    processTerm: indexTerms,
    searchOptions: {
      processTerm: queryTerm,
      boost: {title: 3, summary: 2, tags: 1.5},
      // One typo on words of six letters or more ("recrutemnt"); prefix on the word being typed.
      fuzzy: (term) => (term.length >= 6 ? 1 : false),
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      combineWith: 'AND',
    },
  });
  index.addAll(
    catalogue.schemes.map((s) => ({
      id: s.id,
      title: s.title[lang],
      summary: s.summary[lang],
      description: s.description[lang],
      tags: [
        KIND_LABELS[s.kind][lang],
        ...s.operators.map((o) => catalogue.operators[o][lang]),
        ...s.beneficiaries.map((b) => BENEFICIARY_LABELS[b][lang]),
        ...(s.eligibility.projects ?? []).map((p) => PROJECT_LABELS[p][lang]),
        ...s.priorities.map(
          (p) => catalogue.priorities.find((x) => x.id === p)?.title[lang] ?? ''
        ),
      ].join(' '),
    }))
  );
  byLang[lang] = index;
  return index;
}

/**
 * The schemes for a text and filters, best first, with facet counts. Accent- and case-insensitive, light French
 * stemming, one typo on longer words. All words must match; if none does, any word may.
 */
export function searchSchemes(
  catalogue: Catalogue,
  {text = '', filters = {}, lang = 'fr'}: SchemeQuery = {}
): SchemeResults {
  const byId = new Map(catalogue.schemes.map((s) => [s.id, s]));
  let matching: SchemeHit[];
  if (text.trim() === '') {
    matching = catalogue.schemes.map((scheme) => ({scheme, score: 0}));
  } else {
    const index = indexFor(catalogue, lang);
    let results = index.search(text);
    if (results.length === 0) results = index.search(text, {combineWith: 'OR'});
    matching = results.map((r) => ({
      scheme: byId.get(r.id as string)!,
      score: r.score,
    }));
  }
  const hits = matching
    .filter((hit) => matchesFilters(hit.scheme, filters))
    .sort(
      (a, b) =>
        Number(a.scheme.status === 'closed') -
          Number(b.scheme.status === 'closed') ||
        b.score - a.score ||
        STATUS_ORDER[a.scheme.status] - STATUS_ORDER[b.scheme.status]
    );
  return {
    hits,
    facets: countFacets(
      matching.map((hit) => hit.scheme),
      filters
    ),
  };
}
