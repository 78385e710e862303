import {companyHandOffLinks} from '@ti-toolkit/core/company-territory';
import type {CompanyRef} from '@ti-toolkit/core/places';
import {html, nothing} from 'lit';
import type {Lang} from '../i18n/lang.ts';
import {handOffTexts} from '../internal/hand-off.translations.ts';
import {translations} from './list-check.translations.ts';

/**
 * A found company's hand-off cell: the advisers' service (its form with the SIRET when the register's is valid) and
 * the company's page on the public directory. Each link's name carries its row and company, hidden from sight: a
 * hundred links all named "Contacter un conseiller" could not be told apart in a screen reader's list of links.
 */
export function renderRowHandOff(
  row: string,
  company: CompanyRef | undefined,
  lang: Lang
) {
  if (!company) return nothing;
  const t = handOffTexts[lang];
  const links = companyHandOffLinks(company.siren, company.siret);
  const whose = html`<span class="ti-visually-hidden"
    >${translations[lang].handOffRow(row, company.name)}</span
  >`;
  return html`<a part="hand-off-link" href=${links.adviser}
      >${t.adviser}${whose}</a
    >
    ${
      links.directory
        ? html`<a part="hand-off-link" href=${links.directory}
            >${t.directory}${whose}</a
          >`
        : nothing
    }`;
}
