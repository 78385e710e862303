import {
  BENEFICIARY_LABELS,
  formatAmount,
  KIND_LABELS,
  label,
  REGION_LABELS,
  STATUS_LABELS,
} from '@ti-toolkit/core/catalogue';
import type {PlaceAnswer} from '@ti-toolkit/core/places';
import type {Catalogue, Scheme} from '@ti-toolkit/data/catalogue';
import type {SchemeResults} from '@ti-toolkit/core/catalogue';
import {html, nothing, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';
import {formatDate} from '../i18n/format.ts';
import type {Lang} from '../i18n/lang.ts';
import {
  renderCompact,
  renderHeadlineAmount,
} from '../internal/compact-result.ts';
import {attributedHref} from '../internal/safe-href.ts';
import {renderProvenance} from '../internal/scheme-provenance.ts';
import {PAGE_SIZE} from './result-list.ts';
import type {Translations} from './service-finder.translations.ts';
import {
  SORT_ORDERS,
  sortHits,
  toSortOrder,
  type SortOrder,
} from './sort-results.ts';
import {templateTexts, type TemplateTexts} from './templates.translations.ts';

export {renderReviewNotice} from '../internal/scheme-provenance.ts';

/** "20 services shown of 23": what the polite region says after "show more". */
export const shownText = (lang: Lang, shown: number, total: number) =>
  templateTexts[lang].shown(shown, total);

export interface ResultContext {
  catalogue: Catalogue;
  lang: Lang;
  t: Translations;
  level: number;
  /** The place when it is known to be in or out of a territory. */
  place: PlaceAnswer | null;
  /** The INSEE code of the place's region, when known. */
  region: string | null;
  /** The report-url template. */
  reportUrl: string;
  /** The `source` attribute: how-to-apply links carry it. */
  source: string;
  /** The order asked for (the `sort` attribute, unchecked). */
  sort: string;
  /** The ids of the results whose details are open. */
  expanded: ReadonlySet<string>;
  /** How many results show. */
  limit: number;
  onSort(order: SortOrder): void;
  onToggle(id: string): void;
  onMore(): void;
  onClear(): void;
}

/**
 * The count with the sort order, the polite announcement, and the compact list of results (the first `limit`,
 * then a "show more" button) or the empty state.
 */
export function renderResults(
  results: SchemeResults,
  announcement: string,
  ctx: ResultContext
) {
  const {t, lang, limit} = ctx;
  const r = templateTexts[lang];
  const count = results.hits.length;
  const order = toSortOrder(ctx.sort);
  const shown = sortHits(results.hits, order).slice(0, limit);
  return html`<div part="results">
    <div class="ti-results-head">
      <p part="count">${t.count(count)}</p>
      ${count > 1 ? renderSort(order, r, ctx.onSort) : nothing}
    </div>
    <div class="ti-visually-hidden" role="status" aria-live="polite">
      ${announcement}
    </div>
    ${
      count === 0
        ? html`<div part="empty" class="ti-message">
            <p>${r.empty}</p>
            <p>${r.emptyHint}</p>
            <button type="button" @click=${ctx.onClear}>
              ${r.clearFilters}
            </button>
          </div>`
        : html`<ul part="list">
            ${repeat(
              shown,
              (hit) => hit.scheme.id,
              // A filter change moves the results it keeps instead of re-rendering (and re-formatting) them.
              ({scheme}) => {
                const open = ctx.expanded.has(scheme.id);
                return html`<li>
                  ${guard(
                    [
                      scheme,
                      lang,
                      ctx.level,
                      ctx.place,
                      t,
                      ctx.reportUrl,
                      ctx.source,
                      open,
                    ],
                    () => renderResult(scheme, open, r, ctx)
                  )}
                </li>`;
              }
            )}
          </ul>`
    }
    ${
      shown.length < count
        ? html`<button type="button" part="show-more" @click=${ctx.onMore}>
            ${r.showMore(Math.min(PAGE_SIZE, count - shown.length), shown.length, count)}
          </button>`
        : nothing
    }
  </div>`;
}

function renderSort(
  order: SortOrder,
  r: TemplateTexts,
  onSort: (order: SortOrder) => void
) {
  return html`<div part="sort">
    <label for="ti-sort">${r.sortLabel}</label>
    <select
      id="ti-sort"
      part="sort-select"
      @change=${(event: Event) =>
        onSort(toSortOrder((event.target as HTMLSelectElement).value))}
    >
      ${SORT_ORDERS.map(
        (value) =>
          html`<option value=${value} ?selected=${value === order}>
            ${r.sorts[value]}
          </option>`
      )}
    </select>
  </div>`;
}

/**
 * One scheme, compact: its title (the button that discloses the rest), then its status, kind, headline amount
 * and whether it is available for the place.
 */
function renderResult(
  scheme: Scheme,
  open: boolean,
  r: TemplateTexts,
  ctx: ResultContext
): TemplateResult {
  const {lang} = ctx;
  const availability = availabilityOf(scheme, r, ctx);
  return html`<article
    part="result"
    aria-labelledby=${`ti-scheme-${scheme.id}`}
  >
    ${renderCompact({
      scheme,
      lang,
      level: ctx.level,
      open,
      onToggle: () => ctx.onToggle(scheme.id),
      meta: html`<li part="status" data-status=${scheme.status}>
          <span class="ti-visually-hidden">${r.status}</span>
          <span part="badge" class="ti-pill"
            >${label(STATUS_LABELS, scheme.status, lang)}</span
          >
        </li>
        <li part="kind">${label(KIND_LABELS, scheme.kind, lang)}</li>
        ${renderHeadlineAmount(scheme, lang)}
        ${
          availability
            ? html`<li
                part="availability"
                data-availability=${availability.key}
              >
                ${availability.text}
              </li>`
            : nothing
        }`,
      more: () => renderMore(scheme, availability?.note, r, ctx),
    })}
  </article>`;
}

/** What the compact line leaves out: why the status, the summary, the facts, how to apply and the proof. */
function renderMore(
  scheme: Scheme,
  scopeNote: string | undefined,
  r: TemplateTexts,
  {catalogue, lang, reportUrl, source}: ResultContext
) {
  const href = attributedHref(scheme.apply.url, source);
  const note =
    scheme.status === 'closed'
      ? `${r.closed} ${scheme.statusNote?.[lang] ?? ''}`.trim()
      : scheme.status === 'unconfirmed'
        ? scheme.statusNote?.[lang]
        : undefined;
  return html`${note ? html`<p part="status-note">${note}</p>` : nothing}
    <p part="summary">${scheme.summary[lang]}</p>
    ${scopeNote ? html`<p part="scope">${scopeNote}</p>` : nothing}
    <dl part="details">
      <div>
        <dt>${r.operators}</dt>
        <dd>
          ${scheme.operators.map((o) => catalogue.operators[o]?.[lang] ?? o).join(', ')}
        </dd>
      </div>
      <div>
        <dt>${r.beneficiaries}</dt>
        <dd>
          ${scheme.beneficiaries.map((b) => label(BENEFICIARY_LABELS, b, lang)).join(', ')}
        </dd>
      </div>
      ${
        scheme.amounts.length > 0
          ? html`<div part="amounts">
              <dt>${r.amounts}</dt>
              ${scheme.amounts.map(
                (a) =>
                  html`<dd data-confirmed=${String(a.confirmed)}>
                    ${formatAmount(a, lang)}${
                      a.note
                        ? html` <span class="ti-note">${a.note[lang]}</span>`
                        : nothing
                    }
                  </dd>`
              )}
            </div>`
          : nothing
      }
      ${renderDates(scheme, lang, r)}
    </dl>
    <p part="apply">
      ${
        href
          ? html`<a href=${href}>${r.apply(scheme.apply.label[lang])}</a>`
          : html`${r.apply(scheme.apply.label[lang])}
            (${r.applyAt(scheme.apply.url)})`
      }
    </p>
    ${renderProvenance(scheme, lang, reportUrl)}`;
}

function renderDates(scheme: Scheme, lang: Lang, r: TemplateTexts) {
  const {opens, closes, note} = scheme.dates;
  const parts = [
    opens ? r.opens(formatDate(opens, lang)) : '',
    closes ? r.closes(formatDate(closes, lang)) : '',
  ].filter(Boolean);
  if (parts.length === 0 && !note) return nothing;
  return html`<div part="dates">
    <dt>${r.dates}</dt>
    ${parts.length > 0 ? html`<dd>${parts.join(' ; ')}</dd>` : nothing}
    ${note ? html`<dd>${note[lang]}</dd>` : nothing}
  </div>`;
}

interface Availability {
  /** yes, no, check, reserved or regional: the `data-availability` of the line. */
  key: string;
  /** The compact line. */
  text: string;
  /** The whole answer, in the details, when the line cannot say it in a few words. */
  note?: string;
}

/**
 * Where the scheme applies and, once the place is known, whether it is available there: only what is true
 * ("reserved to Territoires d'industrie" only for a reserved scheme; a closed scheme is never available).
 */
function availabilityOf(
  scheme: Scheme,
  r: TemplateTexts,
  {lang, place, region}: ResultContext
): Availability | null {
  const answer = (yes: boolean, scope: string, why: string) =>
    yes
      ? {key: 'yes', text: r.availableHere, note: `${scope} — ${why}.`}
      : {key: 'no', text: r.unavailableHere, note: `${scope} — ${why}.`};
  if (scheme.regions) {
    const names = scheme.regions
      .map((code) => label(REGION_LABELS, code, lang))
      .join(', ');
    const scope = r.regional(names);
    if (!place || !region || scheme.status === 'closed')
      return {key: 'regional', text: scope};
    return scheme.regions.includes(region)
      ? answer(true, scope, r.available)
      : answer(false, scope, r.unavailableRegion);
  }
  if (scheme.territoryScope === 'selected-territories')
    return {
      key: 'check',
      text: r.selected,
      note: scheme.reservedToTerritories
        ? r.selectedTerritories
        : r.selectedTerritoriesOpen,
    };
  if (!scheme.reservedToTerritories) return null;
  if (!place || scheme.status === 'closed')
    return {key: 'reserved', text: r.reserved};
  return place.territory
    ? answer(true, r.reserved, `${r.available} (${place.territory.name})`)
    : answer(false, r.reserved, r.unavailable);
}
