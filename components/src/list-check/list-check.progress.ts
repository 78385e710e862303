import {html, nothing} from 'lit';
import type {Lang} from '../i18n/lang.ts';
import {renderHeaderChoice} from './list-check.header.ts';
import type {RunPhase} from './list-check.run.ts';
import {translations} from './list-check.translations.ts';

export interface ProgressState {
  phase: RunPhase;
  answered: number;
  total: number;
  /** The rows checked (or the check finished), as the bar's visible line says it. */
  text: string;
  tablesFailed: boolean;
  failed: number;
  /** Which column is read, as the line under the bar says it (`columnLine`). */
  column: string;
  /** Whether the first line is a header, when the adviser may say it; null when it is certain. */
  header: {checked: boolean; onChange(header: boolean): void} | null;
  /** The list is kept in the browser. */
  stored: boolean;
  onToggle(): void;
  onCancel(): void;
  onRetry(): void;
  onDownload(): void;
  onNewList(): void;
}

/**
 * The bar, its visible line (the polite announcements, every tenth, are the component's own status line) and the
 * buttons. Pause and resume are one button, so that the focus stays on it.
 */
export function renderProgress(lang: Lang, s: ProgressState) {
  const t = translations[lang];
  const done = s.phase === 'done';
  return html`<label for="progress">${t.progressLabel}</label>
    <progress
      id="progress"
      part="progress"
      max=${s.total}
      .value=${s.answered}
    ></progress>
    <p class="ti-hint" id="column">${s.column}</p>
    ${
      s.header
        ? renderHeaderChoice(lang, s.header.checked, s.header.onChange)
        : nothing
    }
    <p part="progress-text">
      ${s.text}
      ${s.phase === 'paused' && !s.tablesFailed ? t.pausedNote : nothing}
    </p>
    ${
      s.tablesFailed
        ? html`<p class="ti-message" data-tone="error" role="alert">
            ${t.tablesFailed}
          </p>`
        : nothing
    }
    <div part="controls" class="ti-row">
      ${
        done
          ? html`<button
                type="button"
                data-action="download"
                @click=${s.onDownload}
              >
                ${t.download}
              </button>
              <button
                type="button"
                data-action="new-list"
                @click=${s.onNewList}
              >
                ${t.newList}
              </button>`
          : html`<button type="button" data-action="pause" @click=${s.onToggle}>
                ${s.phase === 'running' ? t.pause : t.resume}
              </button>
              <button type="button" data-action="cancel" @click=${s.onCancel}>
                ${t.cancel}
              </button>
              ${
                s.phase === 'paused'
                  ? html`<button
                      type="button"
                      data-action="download"
                      @click=${s.onDownload}
                    >
                      ${t.download}
                    </button>`
                  : nothing
              }`
      }
      ${
        s.failed > 0 && s.phase !== 'running'
          ? html`<button type="button" data-action="retry" @click=${s.onRetry}>
              ${t.retryFailed(s.failed)}
            </button>`
          : nothing
      }
    </div>
    ${s.stored ? html`<p class="ti-hint" id="stored-note">${t.stored}</p>` : nothing}`;
}
