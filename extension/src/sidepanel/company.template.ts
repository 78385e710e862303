import type {Company} from '@ti-toolkit/core/company-api';
import {formatSiren, formatSiret} from '@ti-toolkit/core/identifiers';
import {html, nothing} from 'lit';
import type {CompanyVerdict} from '@ti-toolkit/core/company-territory';
import type {PanelTexts} from './adviser-panel.translations.ts';
import {panelHandOff} from './hand-off.ts';
import {renderHandOff} from './hand-off.template.ts';

/** The copy button's outcome; on failure the summary is shown for the adviser to copy by hand. */
export type CopyState =
  {status: 'idle'} | {status: 'copied'} | {status: 'failed'; text: string};

/** The company as the register gives it, the address the verdict is about, the hand-off links and the copy button. */
export function renderCompany(
  t: PanelTexts,
  company: Company,
  verdict: CompanyVerdict | null,
  copy: CopyState,
  onCopy: () => void
) {
  const address = verdict?.address ?? null;
  const addressClosed =
    company.state !== 'closed' && address?.state === 'closed';
  return html`<section aria-labelledby="ti-company-heading">
    <h2 id="ti-company-heading">${company.name ?? t.noName}</h2>
    ${
      company.state === 'closed'
        ? html`<p class="ti-warning">${t.closed}</p>`
        : nothing
    }
    ${
      addressClosed
        ? html`<p class="ti-warning">${t.establishmentClosed}</p>`
        : nothing
    }
    <dl class="ti-facts">
      <dt>${t.siren}</dt>
      <dd>${formatSiren(company.siren)}</dd>
      ${
        address
          ? html`<dt>${t.siret}</dt>
              <dd>${formatSiret(address.siret)}</dd>
              <dt>${t.addressUsed}</dt>
              <dd>
                ${address.isHeadOffice ? t.headOffice : t.establishmentWord}${
                  address.address ? ` – ${address.address}` : ''
                }
              </dd>`
          : nothing
      }
      ${
        company.activity
          ? html`<dt>${t.activity}</dt>
              <dd>
                ${[company.activity.code, company.activity.label]
                  .filter(Boolean)
                  .join(' – ')}
              </dd>`
          : nothing
      }
    </dl>
    ${renderHandOff(t, panelHandOff(company, verdict))}
    <button type="button" class="ti-copy" @click=${onCopy}>${t.copy}</button>
    <p class="ti-feedback" role="status">
      ${copy.status === 'copied' ? t.copied : nothing}
      ${copy.status === 'failed' ? t.copyFailed : nothing}
    </p>
    ${
      copy.status === 'failed'
        ? html`<label class="ti-field"
            >${t.summaryLabel}
            <textarea readonly rows="8" .value=${copy.text}></textarea>
          </label>`
        : nothing
    }
  </section>`;
}
