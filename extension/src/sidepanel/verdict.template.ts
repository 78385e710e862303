import '@ti-toolkit/components/funding-widget';
import '@ti-toolkit/components/territory-card';
import {html, nothing} from 'lit';
import type {CompanyVerdict} from '@ti-toolkit/core/company-territory';
import type {PanelTexts} from './adviser-panel.translations.ts';
import type {FundingSize} from './funding-size.ts';

/** The verdict in one sentence: also what the panel's live region announces. */
export function verdictSentence(
  t: PanelTexts,
  verdict: CompanyVerdict
): string {
  switch (verdict.status) {
    case 'in-territory':
      return t.inTerritory(verdict.territory.name);
    case 'not-in-territory':
      return t.notInTerritory;
    case 'unknown-commune':
      return t.unknownCommune(verdict.communeCode, verdict.vintage.cogYear);
    case 'no-location':
      return t.noLocation;
  }
}

/**
 * The verdict with its proof (the territory card resolves the commune from the bundled perimeter: commune,
 * intercommunality, territory, data vintage), then the funding schemes preset for this company (size, activity)
 * and place.
 */
export function renderVerdict(
  t: PanelTexts,
  verdict: CompanyVerdict,
  size: FundingSize | null,
  /** The company's NAF code: schemes reserved to industry read it. */
  naf: string | null
) {
  // A commune the data does not know has no card to show: the card would only repeat that it is unknown.
  const place =
    verdict.status === 'in-territory' || verdict.status === 'not-in-territory'
      ? `insee:${verdict.communeCode}`
      : '';
  return html`<section
      class="ti-verdict"
      data-status=${verdict.status}
      aria-labelledby="ti-verdict-heading"
    >
      <h2 id="ti-verdict-heading">${t.verdictHeading}</h2>
      <p class="ti-verdict-sentence">${verdictSentence(t, verdict)}</p>
      ${
        place
          ? html`<ti-territory-card
              place=${place}
              heading-level="3"
            ></ti-territory-card>`
          : nothing
      }
    </section>
    <section class="ti-aid" aria-labelledby="ti-aid-heading">
      <h2 id="ti-aid-heading">${t.aidHeading}</h2>
      <ti-funding-widget
        who="company"
        size=${size ?? ''}
        naf=${naf ?? ''}
        place=${place}
        heading-level="3"
      ></ti-funding-widget>
    </section>`;
}
