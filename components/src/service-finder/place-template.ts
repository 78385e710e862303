import type {PlaceAnswer} from '@ti-toolkit/core/places';
import {html, nothing} from 'lit';
import {formatDate} from '../i18n/format.ts';
import type {Lang} from '../i18n/lang.ts';
import {
  candidateInput,
  companyHeadline,
  renderCompanyUnreachable,
  renderPlacePending,
  type PlaceState,
} from '../internal/place-controller.ts';
import type {TemplateTexts} from './templates.translations.ts';

export interface PlaceContext {
  lang: Lang;
  t: TemplateTexts;
  state: PlaceState;
  /** What the input shows: the place as people write it once resolved, else as given. */
  value: string;
  noInput: boolean;
  onSubmit(event: SubmitEvent): void;
  /** Resolves one candidate of an ambiguous answer (`insee:CODE`, or `siren:SIREN` for an intercommunality). */
  onChoose(input: string): void;
  onRetry(): void;
}

function headline(answer: PlaceAnswer, t: TemplateTexts, lang: Lang): string {
  const company = companyHeadline(answer, lang);
  if (company) return company;
  switch (answer.status) {
    case 'in-territory':
      return t.inTerritory(answer.territory?.name ?? '');
    case 'not-in-territory':
      return t.notInTerritory;
    case 'ambiguous':
      return t.ambiguous;
    case 'not-found':
    case 'unknown-commune':
      return t.notFound;
    case 'invalid':
      return t.invalidPlace;
  }
}

/** The place form, the verdict (a polite live region) and, for an ambiguous place, the choices. */
export function renderPlace(ctx: PlaceContext) {
  const {t} = ctx;
  return html`<div part="place">
    ${
      ctx.noInput
        ? nothing
        : html`<form @submit=${ctx.onSubmit}>
            <label for="ti-place">${t.placeLabel}</label>
            <div class="ti-row">
              <input
                id="ti-place"
                part="place-input"
                type="text"
                autocomplete="off"
                aria-describedby="ti-place-hint"
                .value=${ctx.value}
              />
              <button type="submit" part="place-button">
                ${t.placeButton}
              </button>
            </div>
            <span id="ti-place-hint" class="ti-hint">${t.placeHint}</span>
          </form>`
    }
    <div part="place-answer" aria-live="polite" tabindex="-1">
      ${renderVerdict(ctx)}
    </div>
    ${renderCandidates(ctx)}
  </div>`;
}

/** The verdict with its reason and data vintage. */
function renderVerdict({state, lang, t, onRetry}: PlaceContext) {
  const pending = renderPlacePending(state, t, onRetry, lang);
  if (pending !== null || state.status !== 'ready') return pending;
  const {answer, words} = state;
  return html`<p part="verdict" data-status=${answer.status}>
      ${headline(answer, t, lang)}
    </p>
    ${
      renderCompanyUnreachable(answer, lang, onRetry) ??
      html`<p part="reason">
        ${words.answer(lang)}
        ${t.perimeterDate(formatDate(answer.vintage.perimeterDate, lang))}
      </p>`
    }`;
}

/** The choices of an ambiguous answer, as buttons. */
function renderCandidates({state, lang, t, onChoose}: PlaceContext) {
  if (state.status !== 'ready') return nothing;
  const {answer, words, candidates} = state;
  if (candidates.length === 0) return nothing;
  // A bare code read both as INSEE code and postcode: each choice says how it was read.
  const showKind = answer.kind === null;
  return html`<div part="candidates">
    <p id="ti-candidates-label">${t.candidates}</p>
    <ul aria-labelledby="ti-candidates-label">
      ${candidates.map((candidate) => {
        const choice = candidateInput(candidate);
        const text = words.candidate(candidate, lang, showKind);
        return html`<li>
          ${
            choice
              ? html`<button
                  type="button"
                  part="candidate"
                  @click=${() => onChoose(choice)}
                >
                  ${text}
                </button>`
              : text
          }
        </li>`;
      })}
    </ul>
  </div>`;
}
