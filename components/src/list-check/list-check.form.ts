import {html, nothing} from 'lit';
import {formatDate, formatNumber} from '../i18n/format.ts';
import type {Lang} from '../i18n/lang.ts';
import type {StoredList} from './list-check.store.ts';
import {translations} from './list-check.translations.ts';

export interface FormState {
  error: string;
  reading: boolean;
  previous: StoredList | null;
  pasted: string;
  onFile(file: File): void;
  onDrop(event: DragEvent): void;
  onPasteInput(value: string): void;
  onPasteSubmit(): void;
  onResumePrevious(): void;
  onForgetPrevious(): void;
}

/** Before a list is checked: the offer to resume the stored list, a file (chosen or dropped), or a pasted list. */
export function renderForm(lang: Lang, s: FormState) {
  const t = translations[lang];
  const previous = s.previous;
  const done = previous?.answers.filter(Boolean).length ?? 0;
  return html`<div part="form">
    ${
      previous
        ? html`<div part="previous" class="ti-message">
            <p>
              ${t.previous(
                formatNumber(done, lang),
                formatNumber(previous.answers.length, lang),
                formatDate(
                  new Date(previous.updatedAt).toISOString().slice(0, 10),
                  lang
                )
              )}
            </p>
            <div class="ti-row">
              <button
                type="button"
                data-action="resume-previous"
                @click=${s.onResumePrevious}
              >
                ${t.resumePrevious}
              </button>
              <button
                type="button"
                data-action="forget-previous"
                @click=${s.onForgetPrevious}
              >
                ${t.forgetPrevious}
              </button>
            </div>
          </div>`
        : nothing
    }
    <p id="intro">${t.intro}</p>
    <div
      part="drop"
      @dragover=${(event: DragEvent) => event.preventDefault()}
      @drop=${s.onDrop}
    >
      <label for="file">${t.file}</label>
      <input
        id="file"
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        aria-describedby="intro"
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) s.onFile(file);
        }}
      />
      <span class="ti-hint">${t.drop}</span>
    </div>
    <form
      @submit=${(event: Event) => {
        event.preventDefault();
        s.onPasteSubmit();
      }}
    >
      <label for="paste">${t.paste}</label>
      <textarea
        id="paste"
        rows="6"
        spellcheck="false"
        aria-describedby="intro"
        .value=${s.pasted}
        @input=${(event: Event) =>
          s.onPasteInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <button type="submit" data-action="check">${t.check}</button>
    </form>
    ${s.reading ? html`<p class="ti-message">${t.reading}</p>` : nothing}
    ${
      s.error
        ? html`<p
            part="error"
            class="ti-message"
            data-tone="error"
            role="alert"
            tabindex="-1"
          >
            ${s.error}
          </p>`
        : nothing
    }
  </div>`;
}
