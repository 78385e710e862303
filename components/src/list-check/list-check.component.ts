import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {TiListDoneEvent} from '../events/list-done.ts';
import {TiListProgressEvent} from '../events/list-progress.ts';
import {formatNumber} from '../i18n/format.ts';
import {LangController} from '../i18n/lang.ts';
import {readAsText} from '../internal/text-properties.ts';
import {checkTheme, type Theme} from '../internal/theme.ts';
import {themeStyles} from '../styles/theme.styles.ts';
import {downloadText, resultFileName} from './list-check.download.ts';
import {loadListCode, type ListCode} from './list-check.code.ts';
import {listKey, readFileText} from './list-check.file.ts';
import {renderFilters} from './list-check.filters.ts';
import {renderForm} from './list-check.form.ts';
import {
  columnLine,
  headerChoiceOffered,
  inputsOf,
  readWithChoice,
  rereadList,
  storedAnswers,
} from './list-check.header.ts';
import {
  countOutcomes,
  rowOutcome,
  type RowFilter,
} from './list-check.outcome.ts';
import {renderProgress} from './list-check.progress.ts';
import {ListRun} from './list-check.run.ts';
import {
  deleteList,
  latestList,
  loadList,
  type StoredList,
} from './list-check.store.ts';
import {listCheckStyles} from './list-check.styles.ts';
import {cellsOf, renderTable} from './list-check.table.ts';
import {translations} from './list-check.translations.ts';

/**
 * @tag ti-list-check
 * @summary Checks a whole list of companies or places (pasted, or a CSV file dropped or chosen): a table that fills
 * in as answers arrive, with progress, pause, resume after a reload, filters and the result as CSV.
 *
 * @csspart base - The wrapper.
 * @csspart form - The paste field, file field and drop zone, before a list is checked.
 * @csspart drop - The zone where a file can be dropped (the file field inside is the keyboard's way).
 * @csspart previous - The offer to resume the list kept in the browser.
 * @csspart error - Why a file or a pasted text could not be read.
 * @csspart progress - The progress bar.
 * @csspart progress-text - The rows checked so far, under the bar.
 * @csspart header-choice - The checkbox that says whether the list's first line is a header (shown unless it names the column read).
 * @csspart controls - The pause/resume, cancel, retry, download and new list buttons.
 * @csspart filters - The filter radio group.
 * @csspart table-wrapper - The scrolling box around the table.
 * @csspart table - The results table.
 * @csspart pages - The previous and next page buttons under the table, past 100 rows.
 * @csspart row - A row of the table; `data-outcome` is `in`, `out`, `other`, `failed` or `pending`.
 * @csspart status - A row's status cell.
 * @csspart territory-id - A territory's id after its name.
 * @csspart hand-off - A found company's cell with its hand-off links.
 * @csspart hand-off-link - The link to the public advisers' service (SIRET prefilled when valid) or to the company's page on the public directory.
 *
 * @cssproperty --ti-list-check-accent - Colour of the buttons, the drop zone's border and the progress bar.
 * @cssproperty --ti-list-check-border-color - Borders of the table and the drop zone.
 * @cssproperty --ti-list-check-radius - Corner radius of buttons, fields and the drop zone.
 * @cssproperty --ti-list-check-max-height - Height of the table's scrolling box.
 *
 * @fires ti-list-progress - A row got its answer; `detail`: `answered`, `total`, `counts` by outcome, `elementId`.
 * @fires ti-list-done - Every row has its answer; `detail`: `total`, `counts` by outcome, `elementId`.
 */
export class TiListCheck extends LitElement {
  static override styles = [themeStyles, listCheckStyles];
  static override properties = {
    error: {state: true, attribute: false},
    reading: {state: true, attribute: false},
    previous: {state: true, attribute: false},
    filter: {state: true, attribute: false},
    page: {state: true, attribute: false},
    announcement: {state: true, attribute: false},
    pasted: {state: true, attribute: false},
    forgotten: {state: true, attribute: false},
    companyApi: {attribute: 'company-api'},
    noStore: {type: Boolean, attribute: 'no-store'},
    theme: {reflect: true},
  };

  private readonly langController = new LangController(this);
  private readonly run = new ListRun(this, {
    companyApi: () => this.companyApi,
    lang: () => this.langController.lang,
    noStore: () => this.noStore,
    onAnswer: () => this.handleAnswer(),
    onDone: () => this.handleDone(),
  });

  private error = '';
  private reading = false;
  private previous: StoredList | null = null;
  private filter: RowFilter = 'all';
  /** The table's page, from 0. */
  private page = 0;
  private announcement = '';
  private pasted = '';
  /** The complete result was downloaded and its stored copy forgotten. */
  private forgotten = false;

  /** Origin of the company API asked for SIRENs and SIRETs (a mirror, a test server); `none` asks nothing. Defaults to the public API Recherche d'entreprises. */
  companyApi = '';
  /** Keeps nothing in the browser: no resume after a reload. */
  noStore = false;
  /** `auto` (follows the system's dark mode), `light`, `dark` or `sober`; another value falls back to `auto` with a console warning. */
  theme: Theme = 'auto';

  /** The list reader and writer, once the first list has loaded them. */
  private code: ListCode | null = null;
  private fileName: string | null = null;
  /** Tenths of the list announced so far. */
  private announced = 0;
  private refocus = '';
  /** The adviser may say whether the list's first line is a header. */
  private headerOffered = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.noStore && this.run.phase === 'idle')
      void latestList().then((list) => {
        if (this.run.phase === 'idle') this.previous = list;
      });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    readAsText(this, ['companyApi', 'theme']);
    if (changed.has('theme')) checkTheme(this);
  }

  protected override updated(): void {
    if (!this.refocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.refocus);
    this.refocus = '';
    target?.focus();
  }

  private handleAnswer(): void {
    const {answered, answers} = this.run;
    const total = answers.length;
    const tenth = Math.floor((answered / total) * 10);
    if (tenth > this.announced && answered < total) {
      this.announced = tenth;
      this.announcement = this.progressText();
    }
    this.dispatchEvent(
      new TiListProgressEvent(
        {answered, total, counts: countOutcomes(answers)},
        this
      )
    );
  }

  private handleDone(): void {
    const {answers} = this.run;
    this.announced = 10;
    this.announcement = this.progressText();
    if (this.renderRoot.querySelector('[data-action="pause"]:focus'))
      this.refocus = '[data-action="download"]';
    this.dispatchEvent(
      new TiListDoneEvent(
        {total: answers.length, counts: countOutcomes(answers)},
        this
      )
    );
  }

  private async handleFile(file: File): Promise<void> {
    this.error = '';
    this.reading = true;
    const code = await this.loadCode();
    const read = code && (await readFileText(file, code.LIST_LIMITS.maxChars));
    this.reading = false;
    if (!code || !read) return;
    if (read.ok) return this.check(read.text, file.name);
    const lang = this.langController.lang;
    const t = translations[lang];
    if (read.reason === 'not-utf8') {
      // The list reader tells a binary file from a text in another encoding, in its own words.
      const refused = code.readCompanyList(read.text);
      this.error = refused.ok
        ? t.encoding
        : code.explainListError(refused.error, lang);
    } else
      this.error =
        read.reason === 'too-large'
          ? t.tooLarge(formatNumber(code.LIST_LIMITS.maxChars, lang))
          : t.unreadable;
    this.refocus = '[part="error"]';
  }

  /** The list code, loaded once; null (with the error shown) when it could not be downloaded. */
  private async loadCode(): Promise<ListCode | null> {
    try {
      return (this.code ??= await loadListCode());
    } catch {
      this.error = translations[this.langController.lang].codeError;
      this.refocus = '[part="error"]';
      return null;
    }
  }

  private handleDrop(event: DragEvent): void {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) return void this.handleFile(file);
    const text = event.dataTransfer?.getData('text/plain') ?? '';
    if (text) void this.check(text);
  }

  private handlePaste(): void {
    if (this.pasted.trim() === '') {
      this.error = translations[this.langController.lang].pasteEmpty;
      return;
    }
    void this.check(this.pasted);
  }

  private handleToggle(): void {
    if (this.run.phase === 'running') this.run.pause();
    else this.run.resume();
    this.announcement =
      this.run.phase === 'paused'
        ? translations[this.langController.lang].pausedNote
        : this.progressText();
  }

  private handleCancel(): void {
    this.run.cancel();
    this.reset(translations[this.langController.lang].cancelled);
  }

  private handleDownload(): void {
    const {list, answers, phase} = this.run;
    const code = this.code;
    if (!list || !code) return;
    const lang = this.langController.lang;
    const csv = code.writeCompanyList(
      list,
      answers.map((answer) =>
        answer ? cellsOf(answer, lang, code.listAnswerOf) : undefined
      )
    );
    downloadText(
      this.renderRoot as ShadowRoot,
      csv,
      resultFileName(this.fileName, translations[lang].fileName)
    );
    // Complete and saved by the user: the browser's copy has done its job.
    if (phase === 'done' && countOutcomes(answers).failed === 0) {
      this.run.forget();
      this.forgotten = true;
    }
  }

  /** Reads the list again with its first line said to be a header or data; the answers follow their rows. */
  private handleHeader(header: boolean): void {
    const list = this.code && rereadList(this.code, this.run, header);
    if (!list) return;
    // The new reading is kept in the browser again, even after a complete download.
    this.forgotten = false;
    this.announced = Math.floor((this.run.answered / list.rows.length) * 10);
    this.announcement = `${columnLine(this.langController.lang, list)} ${this.progressText()}`;
  }

  private handleResumePrevious(): void {
    const previous = this.previous;
    if (previous) void this.check(previous.text, previous.name);
  }

  private handleForgetPrevious(): void {
    if (this.previous) void deleteList(this.previous.key);
    this.previous = null;
    this.refocus = 'input[type="file"]';
  }

  private reset(announcement: string): void {
    this.previous = null;
    this.filter = 'all';
    this.page = 0;
    this.forgotten = false;
    this.announced = 0;
    this.announcement = announcement;
    this.refocus = 'input[type="file"]';
  }

  private progressText(): string {
    const {answered, answers, phase} = this.run;
    const lang = this.langController.lang;
    if (phase === 'done')
      return translations[lang].finished(formatNumber(answers.length, lang));
    const percent = new Intl.NumberFormat(lang, {style: 'percent'}).format(
      answers.length ? Math.floor((answered / answers.length) * 100) / 100 : 0
    );
    return translations[lang].progress(
      percent,
      formatNumber(answered, lang),
      formatNumber(answers.length, lang)
    );
  }

  /**
   * Checks a list given as text (what a pasted list or a CSV file holds); `name` names the result's file. A list
   * checked before in this browser resumes from its stored answers, read as it was then. `header` says whether the
   * first line is a header (left out: as said when the list was kept, else guessed). Resolves once the check has
   * started, or with the error shown when the text is no list.
   */
  async check(
    text: string,
    name: string | null = null,
    header?: boolean
  ): Promise<void> {
    const lang = this.langController.lang;
    // From a page's script, the text may be anything: read as the string it stands for.
    text = String(text ?? '');
    const code = await this.loadCode();
    if (!code) return;
    const key = listKey(text);
    const found = this.noStore ? null : await loadList(key);
    const stored = found?.text === text ? found : null;
    const read = readWithChoice(code, text, header, stored);
    if (!read.ok) {
      this.error = code.explainListError(read.error, lang);
      this.refocus = '[part="error"]';
      return;
    }
    this.error = '';
    this.reset('');
    this.fileName = name;
    const list = read.value;
    const inputs = inputsOf(code, list);
    this.headerOffered = headerChoiceOffered(code, text, read);
    this.run.start(
      list,
      inputs,
      {key, text, name},
      stored ? storedAnswers(code, stored, inputs) : []
    );
    this.announced = Math.floor((this.run.answered / list.rows.length) * 10);
    this.announcement = this.progressText();
    this.refocus = '[data-action="pause"], [data-action="download"]';
  }

  override render() {
    const lang = this.langController.lang;
    const {phase, list, answers} = this.run;
    const counts = countOutcomes(answers);
    return html`<div part="base">
      <p class="ti-visually-hidden" role="status" aria-live="polite">
        ${this.announcement}
      </p>
      ${
        phase === 'idle' || !list || !this.code
          ? renderForm(lang, {
              error: this.error,
              reading: this.reading,
              previous: this.previous,
              pasted: this.pasted,
              onFile: (file) => void this.handleFile(file),
              onDrop: (event) => this.handleDrop(event),
              onPasteInput: (value) => (this.pasted = value),
              onPasteSubmit: () => this.handlePaste(),
              onResumePrevious: () => this.handleResumePrevious(),
              onForgetPrevious: () => this.handleForgetPrevious(),
            })
          : html`${renderProgress(lang, {
              phase,
              answered: this.run.answered,
              total: answers.length,
              text: this.progressText(),
              tablesFailed: this.run.tablesFailed,
              failed: counts.failed,
              column: columnLine(lang, list),
              header: this.headerOffered
                ? {
                    checked: list.hasHeader,
                    onChange: (header) => this.handleHeader(header),
                  }
                : null,
              stored: !this.noStore && !this.forgotten,
              onToggle: () => this.handleToggle(),
              onCancel: () => this.handleCancel(),
              onRetry: () =>
                this.run.retryFailed((a) => rowOutcome(a) === 'failed'),
              onDownload: () => this.handleDownload(),
              onNewList: () => this.handleCancel(),
            })}
            ${renderFilters(
              lang,
              this.filter,
              answers.length,
              counts,
              (filter) => {
                this.filter = filter;
                this.page = 0;
              }
            )}
            ${renderTable(
              list.rows.map((row) => row[list.column] ?? ''),
              answers,
              {
                words: this.code.listAnswerOf,
                filter: this.filter,
                page: this.page,
                onPage: (page) => (this.page = page),
              },
              lang
            )}`
      }
      ${
        phase === 'idle' && this.error === '' && this.announcement
          ? html`<p class="ti-message">${this.announcement}</p>`
          : nothing
      }
    </div>`;
  }
}
