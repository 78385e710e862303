import {
  BENEFICIARY_LABELS,
  PROJECT_LABELS,
  SIZE_LABELS,
} from '@ti-toolkit/core/catalogue';
import {
  BENEFICIARIES,
  COMPANY_SIZES,
  PROJECT_KINDS,
} from '@ti-toolkit/data/catalogue';
import {html, nothing} from 'lit';
import {live} from 'lit/directives/live.js';
import type {Lang} from '../i18n/lang.ts';
import type {Answers, Problem} from './funding-widget.answers.ts';
import type {FundingWidgetTexts} from './funding-widget.translations.ts';
import {
  candidateInput,
  companyHeadline,
  renderCompanyUnreachable,
  renderPlacePending,
  type PlaceState,
} from '../internal/place-controller.ts';

/** The component's listeners, bound to it. */
export interface FormHandlers {
  who(event: Event): void;
  size(event: Event): void;
  project(event: Event): void;
  hires(event: Event): void;
  started(event: Event): void;
  submit(event: Event): void;
  placeChange(event: Event): void;
  placeRetry(): void;
  candidate(input: string): void;
}

export interface FormContext {
  t: FundingWidgetTexts;
  lang: Lang;
  answers: Answers;
  /** What the place input shows: the committed place as people write it once resolved, else as given. */
  place: string;
  /** The number of hires as given, valid or not. */
  hires: string;
  placeState: PlaceState;
  handlers: FormHandlers;
}

/** The questions: who, where (with the place's verdict and choices), what project. */
export function renderForm(ctx: FormContext) {
  const {t, lang, answers, handlers: on} = ctx;
  const invalid = (field: Problem['field']) =>
    answers.problems.some((p) => p.field === field) ? 'true' : nothing;
  return html`<form part="form" aria-label=${t.form} @submit=${on.submit}>
    <fieldset part="fieldset">
      <legend>${t.whoLegend}</legend>
      <div part="field">
        <label for="ti-who">${t.who}</label>
        <select id="ti-who" aria-invalid=${invalid('who')} @change=${on.who}>
          ${BENEFICIARIES.map(
            (b) =>
              html`<option value=${b} .selected=${answers.who === b}>
                ${BENEFICIARY_LABELS[b][lang]}
              </option>`
          )}
        </select>
      </div>
      ${
        answers.who === 'company'
          ? html`<div part="field">
              <label for="ti-size">${t.size}</label>
              <select
                id="ti-size"
                aria-invalid=${invalid('size')}
                @change=${on.size}
              >
                <option value="" .selected=${!answers.size}>
                  ${t.sizeUnknown}
                </option>
                ${COMPANY_SIZES.map(
                  (s) =>
                    html`<option value=${s} .selected=${answers.size === s}>
                      ${SIZE_LABELS[s][lang]}
                    </option>`
                )}
              </select>
            </div>`
          : nothing
      }
    </fieldset>
    <fieldset part="fieldset">
      <legend>${t.placeLegend}</legend>
      <div part="field">
        <label for="ti-place">${t.place}</label>
        <div class="ti-row">
          <input
            id="ti-place"
            type="text"
            spellcheck="false"
            aria-describedby="ti-place-hint"
            .value=${ctx.place}
            @change=${on.placeChange}
          />
          <button part="place-button" type="submit">${t.placeSubmit}</button>
        </div>
        <p id="ti-place-hint" class="ti-hint">${t.placeHint}</p>
      </div>
      <div part="place" aria-live="polite">${renderPlace(ctx)}</div>
      ${renderCandidates(ctx)}
    </fieldset>
    <fieldset part="fieldset">
      <legend>${t.projectLegend}</legend>
      <div class="ti-choices">
        ${PROJECT_KINDS.map(
          (kind) =>
            html`<label class="ti-choice">
              <input
                type="checkbox"
                value=${kind}
                .checked=${answers.projects.includes(kind)}
                @change=${on.project}
              />
              ${PROJECT_LABELS[kind][lang]}
            </label>`
        )}
      </div>
      ${
        answers.projects.includes('hiring')
          ? html`<div part="field">
              <label for="ti-hires">${t.hires}</label>
              <input
                id="ti-hires"
                type="number"
                min="0"
                step="1"
                inputmode="numeric"
                aria-invalid=${invalid('hires')}
                .value=${live(ctx.hires)}
                @input=${on.hires}
              />
            </div>`
          : nothing
      }
      <div part="field">
        <label for="ti-started">${t.started}</label>
        <select
          id="ti-started"
          aria-describedby="ti-started-hint"
          aria-invalid=${invalid('investmentStarted')}
          @change=${on.started}
        >
          ${(
            [
              ['', t.startedUnknown, null],
              ['no', t.startedNo, false],
              ['yes', t.startedYes, true],
            ] as const
          ).map(
            ([value, text, started]) =>
              html`<option
                value=${value}
                .selected=${answers.investmentStarted === started}
              >
                ${text}
              </option>`
          )}
        </select>
        <p id="ti-started-hint" class="ti-hint">${t.startedHint}</p>
      </div>
    </fieldset>
  </form>`;
}

function renderPlace({t, lang, placeState: state, handlers: on}: FormContext) {
  const pending = renderPlacePending(state, t, on.placeRetry, lang);
  if (pending !== null || state.status !== 'ready') return pending;
  // A company found nowhere has its reason in words; one the directory could not locate, a headline and what to do.
  const company =
    state.answer.reason.code === 'company-not-found'
      ? null
      : companyHeadline(state.answer, lang);
  return html`<p
      class="ti-message"
      data-status=${state.answer.status}
      tabindex="-1"
    >
      ${company ?? state.words.answer(lang)}
    </p>
    ${company ? renderCompanyUnreachable(state.answer, lang, on.placeRetry) : nothing}`;
}

/** The choices of an ambiguous place, outside the live region: the verdict is announced, not the whole list. */
function renderCandidates({
  t,
  lang,
  placeState: state,
  handlers: on,
}: FormContext) {
  if (state.status !== 'ready' || state.answer.status !== 'ambiguous')
    return nothing;
  const {answer, words, candidates} = state;
  if (candidates.length === 0) return nothing;
  return html`<ul part="candidates" aria-label=${t.candidates}>
    ${candidates.map((c) => {
      const input = candidateInput(c);
      const text = words.candidate(c, lang, answer.kind === null);
      return html`<li>
        ${
          input
            ? html`<button
                part="candidate"
                type="button"
                @click=${() => on.candidate(input)}
              >
                ${text}
              </button>`
            : text
        }
      </li>`;
    })}
  </ul>`;
}
