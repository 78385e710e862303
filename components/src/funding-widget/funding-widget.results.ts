import {
  formatAmount,
  STATUS_LABELS,
  type Assessment,
  type EligibilityReason,
  type Verdict,
} from '@ti-toolkit/core/catalogue';
import type * as Engine from '@ti-toolkit/core/catalogue/eligibility';
import type {Catalogue} from '@ti-toolkit/data/catalogue';
import {html, nothing} from 'lit';
import {formatDate} from '../i18n/format.ts';
import type {Lang} from '../i18n/lang.ts';
import {
  renderCompact,
  renderHeadlineAmount,
} from '../internal/compact-result.ts';
import {attributedHref} from '../internal/safe-href.ts';
import {renderProvenance} from '../internal/scheme-provenance.ts';
import {compactListStyles} from '../styles/compact-list.styles.ts';
import {provenanceStyles} from '../styles/provenance.styles.ts';
import {resultStyles} from './funding-widget.results.styles.ts';
import {resultTexts, type ResultTexts} from './results.translations.ts';

export {renderReviewNotice} from '../internal/scheme-provenance.ts';
export {renderHandOff} from './funding-widget.hand-off.ts';

/** The results' styles, adopted by the component when this module arrives (internal/lazy-styles.ts). */
export const styles = [compactListStyles, provenanceStyles, resultStyles];

/** What the result templates need from the component. */
export interface ResultContext {
  lang: Lang;
  /** Heading level of the group titles; scheme titles sit one below. */
  level: number;
  operators: Catalogue['operators'];
  engine: typeof Engine;
  /** The report-url template. */
  reportUrl: string;
  /** The `source` attribute: how-to-apply links carry it. */
  source: string;
  /** The verdicts whose group is folded. */
  folded: ReadonlySet<Verdict>;
  /** The ids of the schemes whose details are open. */
  expanded: ReadonlySet<string>;
  onToggleGroup(verdict: Verdict): void;
  onToggle(id: string): void;
}

export const VERDICTS: readonly Verdict[] = [
  'eligible',
  'to-check',
  'not-eligible',
];

/**
 * The three groups, eligible first; an empty group is left out (the counts say 0). Each title is a disclosure
 * button: the schemes of a folded group (not eligible, at first) are drawn only when it is unfolded.
 */
export function renderGroups(assessments: Assessment[], ctx: ResultContext) {
  const r = resultTexts[ctx.lang];
  return VERDICTS.map((verdict) => {
    const group = assessments.filter((a) => a.verdict === verdict);
    if (group.length === 0) return nothing;
    const id = `ti-group-${verdict}`;
    const open = !ctx.folded.has(verdict);
    return html`<section
      part="group"
      data-verdict=${verdict}
      aria-labelledby=${id}
    >
      <div part="group-title" id=${id} role="heading" aria-level=${ctx.level}>
        <button
          type="button"
          part="group-toggle"
          class="ti-toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`${id}-list`}
          @click=${() => ctx.onToggleGroup(verdict)}
        >
          ${r.groups[verdict]} (${group.length})
        </button>
      </div>
      <ul part="list" id=${`${id}-list`} ?hidden=${!open}>
        ${open ? group.map((a) => renderResult(a, r, ctx)) : nothing}
      </ul>
    </section>`;
  });
}

/** One scheme, compact: its title (which discloses the rest), its verdict, status, and the estimate or its amount. */
function renderResult(
  assessment: Assessment,
  r: ResultTexts,
  ctx: ResultContext
) {
  const {scheme, verdict, estimate} = assessment;
  const {lang} = ctx;
  return html`<li
    part="result"
    data-scheme=${scheme.id}
    data-verdict=${verdict}
  >
    ${renderCompact({
      scheme,
      lang,
      level: Math.min(6, ctx.level + 1),
      open: ctx.expanded.has(scheme.id),
      onToggle: () => ctx.onToggle(scheme.id),
      meta: html`<li>
          <span part="verdict" class="ti-pill" data-verdict=${verdict}
            >${ctx.engine.VERDICT_LABELS[verdict][lang]}</span
          >
        </li>
        <li>
          <span part="status" class="ti-pill" data-status=${scheme.status}
            >${r.status(STATUS_LABELS[scheme.status][lang])}</span
          >
        </li>
        ${
          // Never a sum for a scheme the answers rule out (the engine gives none either).
          estimate && verdict !== 'not-eligible'
            ? html`<li
                part="estimate"
                data-confirmed=${String(estimate.confirmed)}
              >
                ${ctx.engine.explainEstimate(estimate, lang)}
              </li>`
            : renderHeadlineAmount(scheme, lang)
        }`,
      more: () => renderMore(assessment, r, ctx),
    })}
  </li>`;
}

/** Why the status, what the scheme is, every amount, why it fits or not, who runs it, how to apply, the proof. */
function renderMore(
  {scheme, reasons}: Assessment,
  r: ResultTexts,
  ctx: ResultContext
) {
  const {lang} = ctx;
  const href = attributedHref(scheme.apply.url, ctx.source);
  // Why an entry is unconfirmed or closed is said first.
  const explained =
    scheme.status === 'unconfirmed' || scheme.status === 'closed';
  return html`${
      explained && scheme.statusNote
        ? html`<p part="status-note">${scheme.statusNote[lang]}</p>`
        : nothing
    }
    <p part="description">${scheme.summary[lang]}</p>
    ${
      scheme.amounts.length > 0
        ? html`<ul part="amounts" aria-label=${r.amounts}>
            ${scheme.amounts.map(
              (amount) =>
                html`<li data-confirmed=${String(amount.confirmed)}>
                  ${formatAmount(amount, lang)}${
                    amount.note
                      ? html` <span class="ti-note">${amount.note[lang]}</span>`
                      : nothing
                  }
                </li>`
            )}
          </ul>`
        : nothing
    }
    <ul part="reasons" aria-label=${r.reasons}>
      ${reasons.map((reason) => renderReason(reason, r, ctx))}
    </ul>
    <dl part="facts">
      <div>
        <dt>${r.operators}</dt>
        <dd>
          ${scheme.operators.map((o) => ctx.operators[o]?.[lang] ?? o).join(', ')}
        </dd>
      </div>
      ${
        scheme.dates.closes
          ? html`<div>
              <dt>${r.closes}</dt>
              <dd>${formatDate(scheme.dates.closes, lang)}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${r.apply}</dt>
        <dd>
          ${
            href
              ? html`<a part="apply" href=${href}
                  >${scheme.apply.label[lang]}</a
                >`
              : html`${scheme.apply.label[lang]} (${r.applyUnsafe})`
          }
        </dd>
      </div>
    </dl>
    ${renderProvenance(scheme, lang, ctx.reportUrl)}`;
}

const ICONS = {met: '✓', notMet: '✗', toCheck: '?'} as const;

function renderReason(
  reason: EligibilityReason,
  r: ResultTexts,
  {lang, engine}: ResultContext
) {
  const key =
    reason.met === true ? 'met' : reason.met === false ? 'notMet' : 'toCheck';
  return html`<li part="reason" data-met=${key}>
    <span class="ti-icon" role="img" aria-label=${r[key]}>${ICONS[key]}</span>
    ${engine.explainReason(reason, lang)}
  </li>`;
}
