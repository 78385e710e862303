import type {CompanyList} from '@ti-toolkit/core/company-list';
import type {PlaceAnswer, Places} from '@ti-toolkit/core/places';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Lang} from '../i18n/lang.ts';
import {lazyCompanyLocator} from '../internal/place-controller.ts';
import {deleteList, saveList} from './list-check.store.ts';

/** `idle`: no list; `done`: every row has an answer (failed rows included, they can be tried again). */
export type RunPhase = 'idle' | 'running' | 'paused' | 'done';

/**
 * Rows resolved at once. The company client lets 2 requests be in flight (5 a second); a third row waits in its
 * queue, so that the next request starts as soon as a slot frees, and offline rows (codes) go on meanwhile.
 */
const WORKERS = 3;
/** At most one save a second while running: a thousand rows would otherwise write the list a thousand times. */
const SAVE_EVERY_MS = 1000;

export interface RunOptions {
  companyApi(): string;
  lang(): Lang;
  /** Keeps nothing in the browser (`no-store`). */
  noStore(): boolean;
  onAnswer(index: number): void;
  onDone(): void;
}

/**
 * The check of one list: rows resolved a few at a time, paused, resumed, cancelled, failed rows tried again, and
 * the answers saved as they come (IndexedDB, keyed by the text's hash) so that a reload resumes.
 */
export class ListRun implements ReactiveController {
  phase: RunPhase = 'idle';
  list: CompanyList | null = null;
  inputs: string[] = [];
  answers: (PlaceAnswer | null)[] = [];
  answered = 0;
  /** The commune tables failed to download: the run paused itself. */
  tablesFailed = false;
  key = '';
  /** The list's text, as given: read again when the adviser says whether its first line is a header. */
  text = '';
  /** The file's name, null for a pasted list. */
  name: string | null = null;
  private places: Promise<Places> | null = null;
  private generation = 0;
  private workers = 0;
  private readonly inFlight = new Set<number>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;
  private readonly host: ReactiveControllerHost;
  private readonly options: RunOptions;

  constructor(host: ReactiveControllerHost, options: RunOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.fill();
  }

  hostDisconnected(): void {
    // Rows under way are dropped (resolved again on reconnection); what was answered is saved.
    this.connected = false;
    this.generation++;
    this.inFlight.clear();
    this.save();
  }

  /**
   * Starts checking `list`, whose rows the place resolver reads as `inputs` (the core's `placeInputOf`), with the
   * answers already known (a stored list, resumed).
   */
  start(
    list: CompanyList,
    inputs: readonly string[],
    stored: {key: string; text: string; name: string | null},
    answers: readonly (PlaceAnswer | null)[] = [],
    paused = false
  ): void {
    this.stop();
    this.list = list;
    this.key = stored.key;
    this.text = stored.text;
    this.name = stored.name;
    this.inputs = [...inputs];
    this.answers = this.inputs.map((_, i) => answers[i] ?? null);
    this.answered = this.answers.filter(Boolean).length;
    this.phase = paused ? 'paused' : 'running';
    this.fill();
    this.host.requestUpdate();
  }

  /**
   * Goes on with another reading of the same text (the first line said to be a header or data): its rows, with the
   * answers carried to them. A paused run stays paused; the reading is saved at once, so that a reload resumes it.
   */
  reread(
    list: CompanyList,
    inputs: readonly string[],
    answers: readonly (PlaceAnswer | null)[]
  ): void {
    const {phase, tablesFailed} = this;
    const stored = {key: this.key, text: this.text, name: this.name};
    this.start(list, inputs, stored, answers, phase === 'paused');
    this.tablesFailed = tablesFailed && phase === 'paused';
    this.save();
  }

  pause(): void {
    if (this.phase !== 'running') return;
    this.phase = 'paused';
    this.save();
    this.host.requestUpdate();
  }

  resume(): void {
    if (this.phase !== 'paused') return;
    this.tablesFailed = false;
    this.phase = 'running';
    this.fill();
    this.host.requestUpdate();
  }

  /** Stops and forgets the list, stored copy included. */
  cancel(): void {
    const key = this.key;
    this.stop();
    if (key) void deleteList(key);
  }

  /** Asks again for the rows whose company lookup failed. */
  retryFailed(failed: (answer: PlaceAnswer) => boolean): void {
    let reset = 0;
    this.answers = this.answers.map((answer) => {
      if (!answer || !failed(answer)) return answer;
      reset++;
      return null;
    });
    if (!reset) return;
    this.answered -= reset;
    this.tablesFailed = false;
    this.phase = 'running';
    this.fill();
    this.host.requestUpdate();
  }

  /** Forgets the stored copy (the complete result was downloaded); the table stays. */
  forget(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.key) void deleteList(this.key);
  }

  private stop(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.generation++;
    this.inFlight.clear();
    this.phase = 'idle';
    this.tablesFailed = false;
    this.list = null;
    this.inputs = [];
    this.answers = [];
    this.answered = 0;
    this.key = '';
    this.host.requestUpdate();
  }

  /** Starts workers up to the limit while there are rows to resolve. */
  private fill(): void {
    if (!this.connected || this.phase !== 'running') return;
    if (this.answered === this.answers.length) return this.finish();
    while (this.workers < WORKERS && this.nextRow() >= 0)
      void this.work(this.generation);
  }

  private nextRow(): number {
    for (let i = 0; i < this.answers.length; i++)
      if (this.answers[i] === null && !this.inFlight.has(i)) return i;
    return -1;
  }

  private async work(generation: number): Promise<void> {
    this.workers++;
    try {
      while (generation === this.generation && this.phase === 'running') {
        const index = this.nextRow();
        if (index < 0) break;
        this.inFlight.add(index);
        const answer = await this.resolve(this.inputs[index]!);
        if (generation !== this.generation) break;
        this.inFlight.delete(index);
        if (this.answers[index] === null) {
          this.answers[index] = answer;
          this.answered++;
          this.scheduleSave();
          this.options.onAnswer(index);
          this.host.requestUpdate();
        }
      }
    } catch {
      // The commune tables did not download (offline): pause rather than fail every row.
      if (generation === this.generation) {
        this.inFlight.clear();
        this.tablesFailed = true;
        this.places = null;
        this.pause();
      }
    } finally {
      this.workers--;
    }
    // A worker of an older generation (the element was moved) leaves room for the current ones.
    this.fill();
  }

  private async resolve(input: string): Promise<PlaceAnswer> {
    const {resolvePlace, placesOnDemand, loadPerimeter, generatedCommunes} =
      await import('@ti-toolkit/core/places');
    this.places ??= loadPerimeter().then((perimeter) =>
      placesOnDemand(perimeter, generatedCommunes)
    );
    const places = await this.places.catch((error: unknown) => {
      this.places = null;
      throw error;
    });
    return resolvePlace(places, input, {
      locateCompany: lazyCompanyLocator(
        this.options.companyApi(),
        this.options.lang()
      ),
    });
  }

  private finish(): void {
    if (this.phase !== 'running') return;
    this.phase = 'done';
    this.save();
    this.host.requestUpdate();
    this.options.onDone();
  }

  private scheduleSave(): void {
    this.saveTimer ??= setTimeout(() => {
      this.saveTimer = undefined;
      this.save();
    }, SAVE_EVERY_MS);
  }

  private save(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.key || this.options.noStore()) return;
    void saveList({
      key: this.key,
      text: this.text,
      name: this.name,
      ...(this.list && {header: this.list.hasHeader}),
      answers: [...this.answers],
      updatedAt: Date.now(),
    });
  }
}
