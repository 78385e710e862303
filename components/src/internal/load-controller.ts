import type {ReactiveController, ReactiveControllerHost} from 'lit';

export type LoadState<T> =
  | {status: 'loading'}
  | {status: 'ready'; value: T}
  | {status: 'error'; error: unknown};

// What each loader already gave: a component created once the data is there renders it at once, with no
// "loading" frame that would move the page under the reader's pointer.
const loaded = new WeakMap<() => Promise<unknown>, unknown>();

/**
 * Loads lazily loaded data (the catalogue, the perimeter tables) when the host connects, and re-renders it on
 * each change of state: every failure ends in a state the template shows, never an endless spinner.
 */
export class LoadController<T> implements ReactiveController {
  state: LoadState<T> = {status: 'loading'};
  private readonly host: ReactiveControllerHost;
  private readonly load: () => Promise<T>;

  constructor(host: ReactiveControllerHost, load: () => Promise<T>) {
    this.host = host;
    this.load = load;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state.status === 'ready') return;
    if (loaded.has(this.load)) {
      this.state = {status: 'ready', value: loaded.get(this.load) as T};
      return;
    }
    void this.run();
  }

  /** Tries again after a failure (the loaders forget failed downloads). */
  retry(): Promise<void> {
    return this.run();
  }

  private async run(): Promise<void> {
    this.state = {status: 'loading'};
    this.host.requestUpdate();
    try {
      const value = await this.load();
      loaded.set(this.load, value);
      this.state = {status: 'ready', value};
    } catch (error) {
      this.state = {status: 'error', error};
    }
    this.host.requestUpdate();
  }
}
