import {
  BENEFICIARY_LABELS,
  countFacets,
  FACETS,
  KIND_LABELS,
  label,
  STATUS_LABELS,
  type Facet,
  type FacetCounts,
  type SchemeResults,
} from '@ti-toolkit/core/catalogue';
import {OPERATORS, type Catalogue} from '@ti-toolkit/data/catalogue';
import {html, nothing} from 'lit';
import {live} from 'lit/directives/live.js';
import {formatNumber} from '../i18n/format.ts';
import type {Lang} from '../i18n/lang.ts';
import {FACET_VALUES, type ParsedFilters} from './filter-state.ts';
import type {TemplateTexts} from './templates.translations.ts';

export interface FiltersContext {
  catalogue: Catalogue;
  parsed: ParsedFilters;
  results: SchemeResults;
  lang: Lang;
  t: TemplateTexts;
  /** Whether a text or a filter is set: the clear button shows then. */
  active: boolean;
  /** Whether the filter panel is unfolded (folded by default on narrow screens). */
  open: boolean;
  onToggle(open: boolean): void;
  onChange(event: Event): void;
  onClear(): void;
}

const totals = new WeakMap<Catalogue, FacetCounts>();

/** How many schemes of the whole catalogue have each value: values no scheme has are not offered as filters. */
export function catalogueTotals(catalogue: Catalogue): FacetCounts {
  let counts = totals.get(catalogue);
  if (!counts) {
    counts = countFacets(catalogue.schemes, {});
    totals.set(catalogue, counts);
  }
  return counts;
}

/** The options of a filter, in the programme's order, with their names. */
export function facetOptions(
  catalogue: Catalogue,
  facet: Facet,
  lang: Lang
): {value: string; label: string}[] {
  switch (facet) {
    case 'priority':
      return [...catalogue.priorities]
        .sort((a, b) => a.rank - b.rank)
        .map((p) => ({value: p.id, label: p.title[lang]}));
    case 'operator':
      return OPERATORS.map((value) => ({
        value,
        label: catalogue.operators[value]?.[lang] ?? value,
      }));
    case 'beneficiary':
    case 'kind':
    case 'status': {
      const labels = {
        beneficiary: BENEFICIARY_LABELS,
        kind: KIND_LABELS,
        status: STATUS_LABELS,
      }[facet];
      return FACET_VALUES[facet].map((value) => ({
        value,
        label: label(labels, value, lang),
      }));
    }
  }
}

const counts = new Map<string, string>();
/** Counts are formatted through Intl once per value and language: a filter change re-renders every option. */
function formatCount(n: number, lang: Lang): string {
  const key = `${lang}${n}`;
  let text = counts.get(key);
  if (text === undefined) {
    text = formatNumber(n, lang);
    counts.set(key, text);
  }
  return text;
}

/** Attribute values no vocabulary knows, with the valid ones: visible and announced, never thrown. */
export function renderInvalid({invalid}: ParsedFilters, t: TemplateTexts) {
  if (invalid.length === 0) return nothing;
  return html`<div
    part="invalid"
    class="ti-message"
    data-tone="error"
    role="alert"
  >
    ${invalid.map(
      ({facet, values}) =>
        html`<p>
          ${t.invalid(t.facets[facet], values.join(', '), FACET_VALUES[facet].join(', '))}
        </p>`
    )}
  </div>`;
}

/** One fieldset per filter, each option with the number of services it would give, in a foldable panel. */
export function renderFilters(ctx: FiltersContext) {
  const {t, active, onChange, onClear, parsed} = ctx;
  const selected = Object.values(parsed.filters).flat().length;
  return html`<details
    part="filters"
    ?open=${ctx.open}
    @toggle=${(event: Event) =>
      ctx.onToggle((event.currentTarget as HTMLDetailsElement).open)}
    @change=${onChange}
  >
    <summary part="filters-summary">${t.filtersSummary(selected)}</summary>
    <div class="ti-filters-body">
      ${FACETS.map((facet) => renderFacet(facet, ctx))}
      <button
        type="button"
        part="clear-button"
        ?hidden=${!active}
        @click=${onClear}
      >
        ${t.clearFilters}
      </button>
    </div>
  </details>`;
}

function renderFacet(
  facet: Facet,
  {catalogue, parsed, results, lang, t}: FiltersContext
) {
  const selected: readonly string[] = parsed.filters[facet] ?? [];
  const totals = catalogueTotals(catalogue)[facet];
  // Values no service has are not offered, unless asked for.
  const options = facetOptions(catalogue, facet, lang).filter(
    (o) => totals[o.value] || selected.includes(o.value)
  );
  if (options.length === 0) return nothing;
  return html`<fieldset part="facet" data-facet=${facet}>
    <legend>${t.facets[facet]}</legend>
    ${options.map(
      (o) =>
        html`<label part="option">
          <input
            type="checkbox"
            name=${facet}
            .value=${o.value}
            .checked=${live(selected.includes(o.value))}
          />
          <span>${o.label}</span>
          <span part="option-count"
            >(${formatCount(results.facets[facet][o.value] ?? 0, lang)})</span
          >
        </label>`
    )}
  </fieldset>`;
}
