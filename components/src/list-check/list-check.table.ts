import type {ListAnswer} from '@ti-toolkit/core/company-list';
import type {PlaceAnswer} from '@ti-toolkit/core/places';
import {html, nothing} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {formatNumber} from '../i18n/format.ts';
import type {Lang} from '../i18n/lang.ts';
import {renderRowHandOff} from './list-check.hand-off.ts';
import {rowOutcome, type RowFilter} from './list-check.outcome.ts';
import {translations} from './list-check.translations.ts';

// The table renders again at each answer: a thousand rows' reasons are worded once per language, not each time.
const worded: Record<Lang, WeakMap<PlaceAnswer, ListAnswer>> = {
  fr: new WeakMap(),
  en: new WeakMap(),
};

/** A row's cells for the table and the CSV, worded by the core's `listAnswerOf`. */
export function cellsOf(
  answer: PlaceAnswer,
  lang: Lang,
  listAnswerOf: (answer: PlaceAnswer, lang: Lang) => ListAnswer
): ListAnswer {
  let cells = worded[lang].get(answer);
  if (!cells) worded[lang].set(answer, (cells = listAnswerOf(answer, lang)));
  return cells;
}

/**
 * Rows on one page of the table. Each answer changes a row, and the browser lays the whole table out again: with a
 * thousand rows on the page that work took most of the main thread while the list filled in, and the lookups slowed
 * down with it (components/bench/list-check.ts measures it).
 */
export const PAGE_SIZE = 100;

export interface TableView {
  filter: RowFilter;
  /** The core's wording of an answer (`listAnswerOf`). */
  words: (answer: PlaceAnswer, lang: Lang) => ListAnswer;
  /** From 0; a page past the last shows the last. */
  page: number;
  onPage(page: number): void;
}

/**
 * The results table: one row per list row that the filter keeps, a page at a time, every cell a text binding (a
 * cell of the file is never markup). Unanswered rows show only while no filter is chosen.
 */
export function renderTable(
  inputs: readonly string[],
  answers: readonly (PlaceAnswer | null)[],
  view: TableView,
  lang: Lang
) {
  const t = translations[lang];
  const kept: number[] = [];
  answers.forEach((answer, i) => {
    if (view.filter === 'all' || (answer && rowOutcome(answer) === view.filter))
      kept.push(i);
  });
  const pages = Math.max(1, Math.ceil(kept.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, view.page), pages - 1);
  const shown = kept.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const c = t.columns;
  return html`<div
      part="table-wrapper"
      tabindex="0"
      role="region"
      aria-labelledby="caption"
    >
      <table part="table">
        <colgroup>
          <col data-width="row" />
          <col data-width="input" />
          <col data-width="territory" />
          <col data-width="status" />
          <col />
          <col data-width="commune" />
          <col data-width="epci" />
          <col data-width="hand-off" />
        </colgroup>
        <caption id="caption">
          ${
            kept.length === 0
              ? t.captionNone(formatNumber(answers.length, lang))
              : t.caption(
                  formatNumber(page * PAGE_SIZE + 1, lang),
                  formatNumber(page * PAGE_SIZE + shown.length, lang),
                  formatNumber(kept.length, lang),
                  formatNumber(answers.length, lang)
                )
          }
        </caption>
        <thead>
          <tr>
            <th scope="col">${c.row}</th>
            <th scope="col">${c.input}</th>
            <th scope="col">${c.territory}</th>
            <th scope="col">${c.status}</th>
            <th scope="col">${c.reason}</th>
            <th scope="col">${c.commune}</th>
            <th scope="col">${c.epci}</th>
            <th scope="col">${c.handOff}</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map((i) =>
            // A row is rendered again only when its answer (or the language) changes.
            guard([i, answers[i], inputs[i], lang], () =>
              renderRow(i, inputs[i]!, answers[i] ?? null, view.words, lang)
            )
          )}
        </tbody>
      </table>
    </div>
    ${pages > 1 ? renderPages(page, pages, view.onPage, lang) : nothing}`;
}

/** Previous and next page: never disabled (a disabled button would drop the focus), they do nothing at the ends. */
function renderPages(
  page: number,
  pages: number,
  onPage: (page: number) => void,
  lang: Lang
) {
  const t = translations[lang];
  const go = (to: number) => () => {
    if (to >= 0 && to < pages) onPage(to);
  };
  return html`<nav part="pages" class="ti-row" aria-label=${t.pagesLabel}>
    <button
      type="button"
      data-action="previous-page"
      aria-disabled=${page === 0 ? 'true' : 'false'}
      @click=${go(page - 1)}
    >
      ${t.previousPage}
    </button>
    <p>${t.pageOf(formatNumber(page + 1, lang), formatNumber(pages, lang))}</p>
    <button
      type="button"
      data-action="next-page"
      aria-disabled=${page === pages - 1 ? 'true' : 'false'}
      @click=${go(page + 1)}
    >
      ${t.nextPage}
    </button>
  </nav>`;
}

function renderRow(
  index: number,
  input: string,
  answer: PlaceAnswer | null,
  words: TableView['words'],
  lang: Lang
) {
  const t = translations[lang];
  if (!answer)
    return html`<tr part="row" data-outcome="pending">
      <th scope="row">${formatNumber(index + 1, lang)}</th>
      <td>${input}</td>
      <td></td>
      <td>${t.pending}</td>
      <td></td>
      <td></td>
      <td></td>
      <td></td>
    </tr>`;
  const cells = cellsOf(answer, lang, words);
  const outcome = rowOutcome(answer);
  const row = formatNumber(index + 1, lang);
  return html`<tr part="row" data-outcome=${outcome}>
    <th scope="row">${row}</th>
    <td>${input}</td>
    <td>
      ${
        cells.territory_name
          ? html`${cells.territory_name}
              <span part="territory-id">${cells.territory_id}</span>`
          : nothing
      }
    </td>
    <td part="status">
      ${outcome === 'failed' ? t.failedStatus : t.statuses[answer.status]}
    </td>
    <td>${cells.reason}</td>
    <td>${cells.commune}</td>
    <td>${cells.epci}</td>
    <td part="hand-off">${renderRowHandOff(row, answer.company, lang)}</td>
  </tr>`;
}
