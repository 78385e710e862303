import {formatAmount} from '@ti-toolkit/core/catalogue';
import type {Amount, Scheme} from '@ti-toolkit/data/catalogue';
import {html, nothing, type TemplateResult} from 'lit';
import type {Lang} from '../i18n/lang.ts';

/**
 * The amount a compact result shows: the first sum the catalogue gives for one beneficiary (per unit, a ceiling,
 * a share of a cost), failing that the scheme's newest budget. Undefined when the entry publishes no amount.
 */
export function headlineAmount(scheme: Scheme): Amount | undefined {
  const own = scheme.amounts.find((a) => a.type !== 'envelope');
  if (own) return own;
  let newest: Amount | undefined;
  for (const amount of scheme.amounts)
    if (
      amount.type === 'envelope' &&
      (newest?.type !== 'envelope' || (amount.year ?? 0) > (newest.year ?? 0))
    )
      newest = amount;
  return newest;
}

/** The headline amount as an item of the compact line, or nothing. */
export function renderHeadlineAmount(scheme: Scheme, lang: Lang) {
  const amount = headlineAmount(scheme);
  return amount
    ? html`<li
        part="headline-amount"
        data-confirmed=${String(amount.confirmed)}
      >
        ${formatAmount(amount, lang)}
      </li>`
    : nothing;
}

export interface CompactResult {
  scheme: Scheme;
  lang: Lang;
  /** The heading level of the title. */
  level: number;
  open: boolean;
  onToggle(): void;
  /** The items of the compact line. */
  meta: unknown;
  /** The details, drawn only while open. */
  more(): unknown;
}

/**
 * One scheme of a compact list (the service finder's results, the funding widget's groups): its title is a heading
 * whose button discloses the details (WAI disclosure pattern), then one line of facts. The details are drawn only
 * while open, so a long list renders fast; `aria-controls` names their container, which is always there.
 */
export function renderCompact(result: CompactResult): TemplateResult {
  const {scheme, open} = result;
  const moreId = `ti-more-${scheme.id}`;
  return html`<div
      part="title"
      id=${`ti-scheme-${scheme.id}`}
      role="heading"
      aria-level=${result.level}
    >
      <button
        type="button"
        part="toggle"
        class="ti-toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${moreId}
        @click=${result.onToggle}
      >
        ${scheme.title[result.lang]}
      </button>
    </div>
    <ul part="meta" class="ti-meta">
      ${result.meta}
    </ul>
    <div part="more" class="ti-more" id=${moreId} ?hidden=${!open}>
      ${open ? result.more() : nothing}
    </div>`;
}
