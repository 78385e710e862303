import {companyHandOffLinks} from '@ti-toolkit/core/company-territory';
import type {CompanyRef} from '@ti-toolkit/core/places';
import {html, nothing} from 'lit';
import type {Lang} from '../i18n/lang.ts';
import {handOffTexts} from '../internal/hand-off.translations.ts';

/**
 * For a place that is a company: the public advisers' service (its form with the SIRET when there is one) and the
 * company's page on the public directory.
 */
export function renderHandOffLinks(company: CompanyRef, lang: Lang) {
  const t = handOffTexts[lang];
  const links = companyHandOffLinks(company.siren, company.siret);
  return html`<ul part="hand-off" aria-label=${t.label(company.name)}>
    <li>
      <a part="hand-off-link" href=${links.adviser}>${t.adviser}</a>
      ${links.prefilled ? t.prefilled : t.home}
    </li>
    ${
      links.directory
        ? html`<li>
            <a part="hand-off-link" href=${links.directory}>${t.directory}</a>
          </li>`
        : nothing
    }
  </ul>`;
}
