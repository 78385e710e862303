import type {SchemeResults} from '@ti-toolkit/core/catalogue';
import type {LitElement} from 'lit';
import {toggled} from '../internal/toggled.ts';

/** How many results show at first, and how many more each "show more" adds. */
export const PAGE_SIZE = 10;

/**
 * The compact result list's state: which results are open, and how many show. A new search or filter starts again
 * from the first page; "show more" moves the focus to the first result it revealed.
 */
export class ResultList {
  /** The ids of the results whose details are open. */
  expanded: ReadonlySet<string> = new Set();
  private readonly host: LitElement;
  private shown: {results: SchemeResults | null; count: number} = {
    results: null,
    count: PAGE_SIZE,
  };

  constructor(host: LitElement) {
    this.host = host;
  }

  /** How many of these results show. */
  limit(results: SchemeResults): number {
    return this.shown.results === results ? this.shown.count : PAGE_SIZE;
  }

  /** Opens or closes one result's details (a stable function: the result templates keep it). */
  readonly toggle = (id: string): void => {
    this.expanded = toggled(this.expanded, id);
    this.host.requestUpdate();
  };

  /** Shows the next page, tells `announce` how many show now, and focuses the first result revealed. */
  async showMore(
    results: SchemeResults,
    announce: (shown: number, total: number) => void
  ): Promise<void> {
    const before = this.limit(results);
    const total = results.hits.length;
    this.shown = {results, count: before + PAGE_SIZE};
    announce(Math.min(before + PAGE_SIZE, total), total);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot
      .querySelector<HTMLElement>(
        `[part="list"] > li:nth-child(${before + 1}) [part="toggle"]`
      )
      ?.focus();
  }
}
