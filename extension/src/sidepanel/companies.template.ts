import {formatSiren, formatSiret} from '@ti-toolkit/core/identifiers';
import {html, nothing} from 'lit';
import type {DetectedCompany} from '@ti-toolkit/core/page-companies';
import type {AddressChoice} from '../messages/message-map.ts';
import type {TabState} from '../shared/tab-state.ts';
import type {PanelTexts} from './adviser-panel.translations.ts';

export interface CompanyChoiceHandlers {
  company(siren: string): void;
  address(choice: AddressChoice): void;
}

function companyLabel(t: PanelTexts, company: DetectedCompany) {
  return html`<span class="ti-choice-name">${company.name ?? t.unnamed}</span>
    <span
      >SIREN
      ${formatSiren(company.siren)}${
        company.siret ? ` · SIRET ${formatSiret(company.siret)}` : ''
      }</span
    >
    ${company.role ? html`<span>${t.role[company.role]}</span>` : nothing}
    <span class="ti-muted">${t.foundIn(t.source(company.source))}</span>`;
}

/**
 * The companies of the page, ranked: one that the verdict is about is simply shown; otherwise they become a
 * radio group (arrows move and choose, as in any radio group), after the reason the page gave no default
 * (only its host is named, several publishers…). Then, when the page gave a SIRET, the choice between that
 * establishment and the head office.
 */
export function renderCompanies(
  t: PanelTexts,
  tab: TabState,
  on: CompanyChoiceHandlers
) {
  const {companies, chosen} = tab;
  if (companies.length === 0) return nothing;
  const chosenCompany = companies.find((c) => c.siren === chosen?.siren);
  const askReason =
    chosen === null && tab.choiceReason
      ? t.askReason[tab.choiceReason]
      : undefined;
  return html`<section aria-labelledby="ti-companies-heading">
    <h2 id="ti-companies-heading">${t.companiesHeading}</h2>
    ${askReason ? html`<p class="ti-ask-reason">${askReason}</p>` : nothing}
    ${
      companies.length === 1 && chosenCompany
        ? html`<p class="ti-choice">${companyLabel(t, chosenCompany)}</p>`
        : html`<fieldset class="ti-companies">
            <legend>${t.chooseCompany(companies.length)}</legend>
            ${companies.map(
              (company) =>
                html`<label class="ti-choice ti-option">
                  <input
                    type="radio"
                    name="company"
                    .value=${company.siren}
                    .checked=${company.siren === chosen?.siren}
                    @change=${() => on.company(company.siren)}
                  />
                  <span class="ti-option-text"
                    >${companyLabel(t, company)}</span
                  >
                </label>`
            )}
          </fieldset>`
    }
    ${
      chosen && chosenCompany?.siret
        ? renderAddressChoice(t, chosenCompany.siret, chosen.address, on)
        : nothing
    }
  </section>`;
}

function renderAddressChoice(
  t: PanelTexts,
  siret: string,
  current: AddressChoice,
  on: CompanyChoiceHandlers
) {
  const option = (choice: AddressChoice, label: string) =>
    html`<label class="ti-option">
      <input
        type="radio"
        name="address"
        .value=${choice}
        .checked=${current === choice}
        @change=${() => on.address(choice)}
      />
      <span class="ti-option-text">${label}</span>
    </label>`;
  return html`<fieldset class="ti-address">
    <legend>${t.addressLegend}</legend>
    ${option('establishment', t.establishment(formatSiret(siret)))}
    ${option('head-office', t.headOffice)}
  </fieldset>`;
}
