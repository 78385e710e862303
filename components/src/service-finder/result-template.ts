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
import {safeHref} from '../internal/safe-href.ts';
import {renderProvenance} from '../internal/scheme-provenance.ts';
import type {Translations} from './service-finder.translations.ts';

export {renderReviewNotice} from '../internal/scheme-provenance.ts';

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
}

/** The visible count, the polite announcement, and the list of results or the empty state. */
export function renderResults(
  results: SchemeResults,
  announcement: string,
  onClear: () => void,
  ctx: ResultContext
) {
  const {t} = ctx;
  const count = results.hits.length;
  return html`<div part="results">
    <p part="count">${t.count(count)}</p>
    <div class="ti-visually-hidden" role="status" aria-live="polite">
      ${announcement}
    </div>
    ${
      count === 0
        ? html`<div part="empty" class="ti-message">
            <p>${t.empty}</p>
            <p>${t.emptyHint}</p>
            <button type="button" @click=${onClear}>${t.clearFilters}</button>
          </div>`
        : html`<ul part="list">
            ${repeat(
              results.hits,
              (hit) => hit.scheme.id,
              // A filter change moves the articles it keeps instead of re-rendering (and re-formatting) them.
              ({scheme}) =>
                html`<li>
                  ${guard(
                    [
                      scheme,
                      ctx.lang,
                      ctx.level,
                      ctx.place,
                      ctx.t,
                      ctx.reportUrl,
                    ],
                    () => renderResult(scheme, ctx)
                  )}
                </li>`
            )}
          </ul>`
    }
  </div>`;
}

/** One scheme as an article: what it is, who runs it, how much, its honest status, how to apply, and the proof. */
function renderResult(scheme: Scheme, ctx: ResultContext): TemplateResult {
  const {catalogue, lang, t, level} = ctx;
  const titleId = `ti-scheme-${scheme.id}`;
  const href = safeHref(scheme.apply.url);
  return html`<article part="result" aria-labelledby=${titleId}>
    <div part="title" id=${titleId} role="heading" aria-level=${level}>
      ${scheme.title[lang]}
    </div>
    ${renderStatus(scheme, lang, t)}
    <p part="summary">${scheme.summary[lang]}</p>
    ${renderAvailability(scheme, ctx)}
    <dl part="details">
      <div>
        <dt>${t.operators}</dt>
        <dd>
          ${scheme.operators.map((o) => catalogue.operators[o]?.[lang] ?? o).join(', ')}
        </dd>
      </div>
      <div>
        <dt>${t.kind}</dt>
        <dd>${label(KIND_LABELS, scheme.kind, lang)}</dd>
      </div>
      <div>
        <dt>${t.beneficiaries}</dt>
        <dd>
          ${scheme.beneficiaries.map((b) => label(BENEFICIARY_LABELS, b, lang)).join(', ')}
        </dd>
      </div>
      ${
        scheme.amounts.length > 0
          ? html`<div part="amounts">
              <dt>${t.amounts}</dt>
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
      ${renderDates(scheme, lang, t)}
    </dl>
    <p part="apply">
      ${
        href
          ? html`<a href=${href}>${t.apply(scheme.apply.label[lang])}</a>`
          : html`${t.apply(scheme.apply.label[lang])}
            (${t.applyAt(scheme.apply.url)})`
      }
    </p>
    ${renderProvenance(scheme, lang, ctx.reportUrl)}
  </article>`;
}

function renderStatus(scheme: Scheme, lang: Lang, t: Translations) {
  const note =
    scheme.status === 'closed'
      ? `${t.closed} ${scheme.statusNote?.[lang] ?? ''}`.trim()
      : scheme.status === 'unconfirmed'
        ? scheme.statusNote?.[lang]
        : undefined;
  return html`<p part="status" data-status=${scheme.status}>
    <span class="ti-visually-hidden">${t.status}</span>
    <span part="badge">${label(STATUS_LABELS, scheme.status, lang)}</span>
    ${note ? html`<span part="status-note">${note}</span>` : nothing}
  </p>`;
}

function renderDates(scheme: Scheme, lang: Lang, t: Translations) {
  const {opens, closes, note} = scheme.dates;
  const parts = [
    opens ? t.opens(formatDate(opens, lang)) : '',
    closes ? t.closes(formatDate(closes, lang)) : '',
  ].filter(Boolean);
  if (parts.length === 0 && !note) return nothing;
  return html`<div part="dates">
    <dt>${t.dates}</dt>
    ${parts.length > 0 ? html`<dd>${parts.join(' ; ')}</dd>` : nothing}
    ${note ? html`<dd>${note[lang]}</dd>` : nothing}
  </div>`;
}

/**
 * Where the scheme applies and, once the place is known, whether it is available there: only what is true
 * ("reserved to Territoires d'industrie" only for a reserved scheme; a closed scheme is never available).
 */
function renderAvailability(scheme: Scheme, ctx: ResultContext) {
  const {t, lang, place} = ctx;
  const line = (availability: string, text: string) =>
    html`<p part="availability" data-availability=${availability}>${text}</p>`;
  if (scheme.regions) {
    const names = scheme.regions
      .map((r) => label(REGION_LABELS, r, lang))
      .join(', ');
    const scope = t.regional(names);
    if (!place || !ctx.region || scheme.status === 'closed')
      return line('regional', scope);
    return scheme.regions.includes(ctx.region)
      ? line('yes', `${scope} — ${t.available}`)
      : line('no', `${scope} — ${t.unavailableRegion}`);
  }
  if (scheme.territoryScope === 'selected-territories')
    return line(
      'check',
      scheme.reservedToTerritories
        ? t.selectedTerritories
        : t.selectedTerritoriesOpen
    );
  if (!scheme.reservedToTerritories) return nothing;
  if (!place || scheme.status === 'closed') return line('reserved', t.reserved);
  return place.territory
    ? line('yes', `${t.reserved} — ${t.available} (${place.territory.name})`)
    : line('no', `${t.reserved} — ${t.unavailable}`);
}
