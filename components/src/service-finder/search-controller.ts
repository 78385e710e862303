import {listSchemes, type SchemeResults} from '@ti-toolkit/core/catalogue';
import type * as Search from '@ti-toolkit/core/catalogue/search';
import type {Catalogue} from '@ti-toolkit/data/catalogue';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Lang} from '../i18n/lang.ts';
import type {ParsedFilters} from './filter-state.ts';

// The full-text index (MiniSearch) loads on the first text typed: the catalogue shows, and filters work, without it.
const searchModule = () => import('@ti-toolkit/core/catalogue/search');

/** Typing has settled after this long: the number of results is then announced. */
const ANNOUNCE_DELAY = 600;

/**
 * Runs the catalogue search (memoized: a render without a change of text, filters or language reuses the
 * results; the full-text index itself is cached per catalogue by `searchSchemes`) and tells screen readers how
 * many results there are once typing or a filter change has settled, never at first render.
 */
export class SearchController implements ReactiveController {
  /** What the polite live region says. */
  announcement = '';
  private readonly host: ReactiveControllerHost;
  private readonly describe: (count: number) => string;
  private memo?: {catalogue: Catalogue; key: string; results: SchemeResults};
  private announced?: SchemeResults;
  private timer?: ReturnType<typeof setTimeout>;
  private engine?: typeof Search.searchSchemes;
  private loadingEngine?: Promise<void>;

  constructor(
    host: ReactiveControllerHost,
    describe: (count: number) => string
  ) {
    this.host = host;
    this.describe = describe;
    host.addController(this);
  }

  search(
    catalogue: Catalogue,
    text: string,
    parsed: ParsedFilters,
    lang: Lang
  ): SchemeResults {
    const key = `${lang}\u0000${parsed.key}\u0000${text}`;
    if (this.memo?.catalogue === catalogue && this.memo.key === key)
      return this.memo.results;
    let results: SchemeResults;
    if (text.trim() === '')
      results = listSchemes(catalogue.schemes, parsed.filters);
    else if (this.engine)
      results = this.engine(catalogue, {text, filters: parsed.filters, lang});
    else {
      // Until the index is here (a few milliseconds), the previous results stay.
      void this.loadEngine();
      return (
        this.memo?.results ?? listSchemes(catalogue.schemes, parsed.filters)
      );
    }
    this.memo = {catalogue, key, results};
    return results;
  }

  private loadEngine(): Promise<void> {
    this.loadingEngine ??= searchModule()
      .then((module) => {
        this.engine = module.searchSchemes;
      })
      .catch(() => {
        // Offline partner page: the next keystroke tries again; the list and the filters keep working.
      })
      .finally(() => {
        this.loadingEngine = undefined;
        this.host.requestUpdate();
      });
    return this.loadingEngine;
  }

  /** Says `text` in the polite live region at once: the answer to the user's own action (e.g. "show more"). */
  announce(text: string): void {
    clearTimeout(this.timer);
    this.announcement = text;
    this.host.requestUpdate();
  }

  /** Resolves once no search index is loading: the results on screen are those of the text typed. */
  async settled(): Promise<void> {
    await this.loadingEngine;
  }

  hostUpdated(): void {
    const results = this.memo?.results;
    if (!results || results === this.announced) return;
    const first = this.announced === undefined;
    this.announced = results;
    if (first) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.announcement = this.describe(results.hits.length);
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
