import {html} from 'lit';
import {formatNumber} from '../i18n/format.ts';
import type {Lang} from '../i18n/lang.ts';
import {
  ROW_FILTERS,
  type OutcomeCounts,
  type RowFilter,
} from './list-check.outcome.ts';
import {translations} from './list-check.translations.ts';

/** The filters as a radio group (arrow keys move between them), each with its number of rows. */
export function renderFilters(
  lang: Lang,
  chosen: RowFilter,
  total: number,
  counts: OutcomeCounts,
  onChoose: (filter: RowFilter) => void
) {
  const t = translations[lang];
  return html`<fieldset part="filters">
    <legend>${t.filterLegend}</legend>
    ${ROW_FILTERS.map(
      (filter) =>
        html`<label>
          <input
            type="radio"
            name="filter"
            value=${filter}
            .checked=${chosen === filter}
            @change=${() => onChoose(filter)}
          />
          ${t.filterCount(
            t.filters[filter],
            formatNumber(filter === 'all' ? total : counts[filter], lang)
          )}
        </label>`
    )}
  </fieldset>`;
}
