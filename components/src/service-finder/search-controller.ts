import {searchSchemes, type SchemeResults} from '@ti/core/catalogue';
import type {Catalogue} from '@ti/data/catalogue';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Lang} from '../i18n/lang.ts';
import type {ParsedFilters} from './filter-state.ts';

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
    const results = searchSchemes(catalogue, {
      text,
      filters: parsed.filters,
      lang,
    });
    this.memo = {catalogue, key, results};
    return results;
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
