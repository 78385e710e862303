import {html, nothing} from 'lit';
import type {Lang} from '../i18n/lang.ts';
import {
  candidateInput,
  renderCompanyUnreachable,
  renderPlacePending,
  type PlaceState,
} from '../internal/place-controller.ts';

// Loaded with the first place only (territory-map.component.ts), with the controller that resolves it.
export {PlaceController} from '../internal/place-controller.ts';
import type {translations} from './territory-map.translations.ts';

/**
 * The answer for the `place` attribute, as the other components give it: in which territory the place is, or why
 * in none, the company directory's failure with its retry, or the choices of an ambiguous place (`choose` takes the
 * input that picks one). The texts come from the component: this module loads apart from it.
 */
export function renderPlace(
  state: PlaceState,
  lang: Lang,
  t: (typeof translations)['fr'],
  retry: () => void,
  choose: (input: string) => void
) {
  const pending = renderPlacePending(state, t, retry, lang);
  if (pending !== null || state.status !== 'ready') return pending;
  const {answer, words, candidates} = state;
  return html`<div part="place">
    <p role="status">${words.answer(lang)}</p>
    ${renderCompanyUnreachable(answer, lang, retry) ?? nothing}
    ${
      candidates.length
        ? html`<p>${t.choose}</p>
            <ul part="candidates">
              ${candidates.map((candidate) => {
                const input = candidateInput(candidate);
                return input
                  ? html`<li>
                      <button type="button" @click=${() => choose(input)}>
                        ${words.candidate(candidate, lang, answer.kind === null)}
                      </button>
                    </li>`
                  : nothing;
              })}
            </ul>`
        : nothing
    }
  </div>`;
}
