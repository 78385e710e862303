import {docsPage} from '../../build/docs-shell.ts';
import {html, link, type Html} from '../../build/html.ts';
import type {Bilingual, Lang} from '../../build/lang.ts';
import type {Page} from '../../build/layout.ts';
import type {SiteContext} from '../../build/site-context.ts';
import {sourceDate, STATUS_WORDS, timeElement} from './data-sources.ts';
import {reportErrorEn} from './report-error.en.ts';
import {reportErrorFr} from './report-error.fr.ts';

/** The words of the report page in one language; the entries and their sources come from the catalogue. */
export interface ReportErrorText {
  title: string;
  intro: (reviewedOn: Html) => Html;
  id: string;
  status: string;
  /** "(compared on …)" after a source's date. */
  checked: (checkedOn: Html) => Html;
}

const TEXT: Bilingual<ReportErrorText> = {fr: reportErrorFr, en: reportErrorEn};

/**
 * Where "Signaler une erreur" leads by default (components/src/internal/report-url.ts): every entry of the
 * catalogue, by its id as anchor, with its sources and their dates, so that the visitor can check a fact at its
 * source and tell the operator or the site's maintainers what is wrong. The anchors are the same in both languages.
 */
export function reportErrorPage(ctx: SiteContext, lang: Lang): Page {
  const {catalogue} = ctx.data;
  const text = TEXT[lang];
  return docsPage(
    ctx,
    lang,
    '/docs/signaler/',
    text.title,
    html`${text.intro(timeElement(lang, catalogue.reviewedOn))}
    ${catalogue.schemes.map(
      (scheme) =>
        html`<section id="${scheme.id}">
          <h2>${scheme.title[lang]}</h2>
          <p>
            ${text.id}<code>${scheme.id}</code> · ${text.status}
            ${STATUS_WORDS[lang][scheme.status] ?? scheme.status}
          </p>
          <ul>
            ${scheme.sources.map(
              (source) =>
                html`<li>
                  ${link(source.url, source.title)} — ${source.publisher},
                  ${sourceDate(lang, source.publishedOn)}
                  ${text.checked(timeElement(lang, source.checkedOn))}
                </li>`
            )}
          </ul>
        </section>`
    )}`
  );
}
