import type {Catalogue, Lang} from '@ti-toolkit/data/catalogue';
import MiniSearch from 'minisearch';
import {BENEFICIARY_LABELS, KIND_LABELS, PROJECT_LABELS} from './labels.ts';
import {listSchemes, rankSchemes, type SchemeResults} from './rank-schemes.ts';
import type {SchemeFilters} from './scheme-filters.ts';
import {indexTerms, queryTerm} from './search-terms.ts';

export interface SchemeQuery {
  /** Free text, as typed; empty lists every scheme. */
  text?: string;
  filters?: SchemeFilters;
  lang?: Lang;
}

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
/**
 * The longest text searched: any real query fits, and fuzzy matching of a pasted megabyte would take seconds
 * (each long word is compared with the whole vocabulary).
 */
export const MAX_QUERY_LENGTH = 200;

export function searchSchemes(
  catalogue: Catalogue,
  {text: typed = '', filters = {}, lang = 'fr'}: SchemeQuery = {}
): SchemeResults {
  const text = typed.slice(0, MAX_QUERY_LENGTH);
  if (text.trim() === '') return listSchemes(catalogue.schemes, filters);
  const byId = new Map(catalogue.schemes.map((s) => [s.id, s]));
  const index = indexFor(catalogue, lang);
  let results = index.search(text);
  if (results.length === 0) results = index.search(text, {combineWith: 'OR'});
  return rankSchemes(
    results.map((r) => ({scheme: byId.get(r.id as string)!, score: r.score})),
    filters
  );
}
