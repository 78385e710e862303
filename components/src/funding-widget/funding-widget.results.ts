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
import {safeHref} from '../internal/safe-href.ts';
import {renderProvenance} from '../internal/scheme-provenance.ts';

export {renderReviewNotice} from '../internal/scheme-provenance.ts';
import type {FundingWidgetTexts} from './funding-widget.translations.ts';

/** What the result templates need from the component. */
export interface ResultContext {
  t: FundingWidgetTexts;
  lang: Lang;
  /** Heading level of the group titles; scheme titles sit one below. */
  level: number;
  operators: Catalogue['operators'];
  engine: typeof Engine;
  /** The report-url template. */
  reportUrl: string;
}

export const VERDICTS: readonly Verdict[] = [
  'eligible',
  'to-check',
  'not-eligible',
];

/** The three groups, eligible first; an empty group is left out (the counts say 0). */
export function renderGroups(assessments: Assessment[], ctx: ResultContext) {
  return VERDICTS.map((verdict) => {
    const group = assessments.filter((a) => a.verdict === verdict);
    if (group.length === 0) return nothing;
    const id = `ti-group-${verdict}`;
    return html`<section
      part="group"
      data-verdict=${verdict}
      aria-labelledby=${id}
    >
      <div part="group-title" id=${id} role="heading" aria-level=${ctx.level}>
        ${ctx.t.groups[verdict]} (${group.length})
      </div>
      <ul part="list">
        ${group.map((a) => renderResult(a, ctx))}
      </ul>
    </section>`;
  });
}

function renderResult(
  {scheme, verdict, reasons, estimate}: Assessment,
  ctx: ResultContext
) {
  const {t, lang} = ctx;
  const titleId = `ti-scheme-${scheme.id}`;
  const href = safeHref(scheme.apply.url);
  // Why an entry is unconfirmed or closed is said beside its status.
  const explained =
    scheme.status === 'unconfirmed' || scheme.status === 'closed';
  return html`<li
    part="result"
    data-scheme=${scheme.id}
    data-verdict=${verdict}
  >
    <div
      part="title"
      id=${titleId}
      role="heading"
      aria-level=${Math.min(6, ctx.level + 1)}
    >
      ${scheme.title[lang]}
    </div>
    <p class="ti-line">
      <span part="verdict" data-verdict=${verdict}
        >${ctx.engine.VERDICT_LABELS[verdict][lang]}</span
      >
      <span part="status" data-status=${scheme.status}
        >${t.status(STATUS_LABELS[scheme.status][lang])}</span
      >
    </p>
    ${
      explained && scheme.statusNote
        ? html`<p part="status-note">${scheme.statusNote[lang]}</p>`
        : nothing
    }
    <p part="description">${scheme.summary[lang]}</p>
    ${
      scheme.amounts.length > 0
        ? html`<ul part="amounts" aria-label=${t.amounts}>
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
    ${
      estimate
        ? html`<p part="estimate" data-confirmed=${String(estimate.confirmed)}>
            ${ctx.engine.explainEstimate(estimate, lang)}
          </p>`
        : nothing
    }
    <ul part="reasons" aria-label=${t.reasons}>
      ${reasons.map((reason) => renderReason(reason, ctx))}
    </ul>
    <dl part="facts">
      <div>
        <dt>${t.operators}</dt>
        <dd>
          ${scheme.operators.map((o) => ctx.operators[o]?.[lang] ?? o).join(', ')}
        </dd>
      </div>
      ${
        scheme.dates.closes
          ? html`<div>
              <dt>${t.closes}</dt>
              <dd>${formatDate(scheme.dates.closes, lang)}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${t.apply}</dt>
        <dd>
          ${
            href
              ? html`<a part="apply" href=${href}
                  >${scheme.apply.label[lang]}</a
                >`
              : html`${scheme.apply.label[lang]} (${t.applyUnsafe})`
          }
        </dd>
      </div>
    </dl>
    ${renderProvenance(scheme, lang, ctx.reportUrl)}
  </li>`;
}

const ICONS = {met: '✓', notMet: '✗', toCheck: '?'} as const;

function renderReason(
  reason: EligibilityReason,
  {t, lang, engine}: ResultContext
) {
  const key =
    reason.met === true ? 'met' : reason.met === false ? 'notMet' : 'toCheck';
  return html`<li part="reason" data-met=${key}>
    <span class="ti-icon" role="img" aria-label=${t[key]}>${ICONS[key]}</span>
    ${engine.explainReason(reason, lang)}
  </li>`;
}
