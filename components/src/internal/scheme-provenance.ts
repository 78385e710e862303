import {
  isReviewStale,
  newestSource,
  sourcesByDate,
} from '@ti-toolkit/core/catalogue';
import type {Catalogue, Scheme} from '@ti-toolkit/data/catalogue';
import {html, nothing, render} from 'lit';
import {formatDate} from '../i18n/format.ts';
import type {Lang} from '../i18n/lang.ts';
import {formatSourceDate} from '../i18n/source-date.ts';
import {reportHref} from './report-url.ts';
import {provenanceTexts as TEXTS} from './provenance.translations.ts';
import {safeHref} from './safe-href.ts';

/**
 * How old what an entry says is, instead of a "verified" date: its newest source's publisher and own date,
 * every source on demand (newest first, each with the day it was compared with the entry), and a link to
 * report an error. Shared by the service finder and the funding widget.
 */
export function renderProvenance(
  scheme: Scheme,
  lang: Lang,
  reportUrl: string
) {
  const t = TEXTS[lang];
  const newest = newestSource(scheme);
  const report = reportHref(reportUrl, scheme.id, lang);
  // The list is drawn when the reader opens it: a finder shows every entry, and most lists stay closed.
  const onToggle = (event: Event) => {
    const details = event.currentTarget as HTMLDetailsElement;
    const list = details.querySelector('ul');
    if (details.open && list && !list.hasChildNodes())
      render(sourceItems(scheme, lang), list);
  };
  return html`<p part="source">
      ${t.source(newest.publisher, formatSourceDate(newest.publishedOn, lang))}
    </p>
    <details part="sources" @toggle=${onToggle}>
      <summary>${t.allSources(scheme.sources.length)}</summary>
      <ul></ul>
    </details>
    ${
      report
        ? html`<p part="report">
            <a href=${report}
              >${t.report}<span class="ti-visually-hidden">
                : ${scheme.title[lang]}</span
              ></a
            >
          </p>`
        : nothing
    }`;
}

/** Every source, newest first, each with its own date and the day it was compared with the entry. */
function sourceItems(scheme: Scheme, lang: Lang) {
  const t = TEXTS[lang];
  return sourcesByDate(scheme).map((source) => {
    const href = safeHref(source.url);
    const date = formatSourceDate(source.publishedOn, lang);
    return html`<li>
      ${href ? html`<a href=${href}>${source.title}</a>` : source.title} —
      ${source.publisher}${date ? `, ${date}` : ''}
      (${t.checked(formatDate(source.checkedOn, lang))})
    </li>`;
  });
}

/** Above the results when the catalogue's last full review is over six months old. */
export function renderReviewNotice(
  catalogue: Pick<Catalogue, 'reviewedOn'>,
  lang: Lang,
  today: Date = new Date()
) {
  if (!isReviewStale(catalogue, today)) return nothing;
  return html`<p part="review-notice" class="ti-message" data-tone="warning">
    ${TEXTS[lang].reviewNotice(formatDate(catalogue.reviewedOn, lang))}
  </p>`;
}
