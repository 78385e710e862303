import '@ti-toolkit/components/territory-card';
import {html, nothing} from 'lit';
import type {PanelTexts} from './adviser-panel.translations.ts';

/** Why a search did not start, or could not be kept; shown under the box and tied to it. */
export type SearchProblem =
  'empty' | 'invalid-number' | 'no-identifier' | 'storage-full';

/**
 * The manual search: a SIREN or SIRET goes to the worker; anything else is a place, resolved by the territory
 * card from the bundled data (offline too). Enter submits, as in any form.
 */
export function renderSearch(
  t: PanelTexts,
  place: string,
  problem: SearchProblem | null,
  onSubmit: (event: SubmitEvent) => void
) {
  const problems: Record<SearchProblem, string> = {
    empty: t.searchEmpty,
    'invalid-number': t.searchInvalidNumber,
    'no-identifier': t.searchNoIdentifier,
    'storage-full': t.searchStorageFull,
  };
  // Storage refusing the lookup is no fault of what was typed.
  const invalid = problem !== null && problem !== 'storage-full';
  return html`<section aria-labelledby="ti-search-heading">
    <h2 id="ti-search-heading">${t.searchHeading}</h2>
    <form class="ti-search" role="search" @submit=${onSubmit}>
      <label for="ti-search-input">${t.searchLabel}</label>
      <p id="ti-search-hint" class="ti-muted">${t.searchHint}</p>
      <div class="ti-row">
        <input
          id="ti-search-input"
          name="query"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="ti-search-hint ti-search-problem"
          aria-invalid=${invalid ? 'true' : 'false'}
        />
        <button type="submit">${t.searchButton}</button>
      </div>
      <p id="ti-search-problem" class="ti-problem" role="status">
        ${problem ? problems[problem] : nothing}
      </p>
    </form>
    ${
      place
        ? html`<section class="ti-place" aria-labelledby="ti-place-heading">
            <h3 id="ti-place-heading">${t.placeHeading(place)}</h3>
            <ti-territory-card
              place=${place}
              heading-level="4"
            ></ti-territory-card>
          </section>`
        : nothing
    }
  </section>`;
}
