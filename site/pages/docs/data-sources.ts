import {docsPage} from '../../build/docs-shell.ts';
import {html, link, type Html} from '../../build/html.ts';
import type {Bilingual, Lang} from '../../build/lang.ts';
import type {Page} from '../../build/layout.ts';
import type {ProgrammeData} from '../../build/programme-data.ts';
import type {SiteContext} from '../../build/site-context.ts';
import {dataSourcesEn} from './data-sources.en.ts';
import {dataSourcesFr} from './data-sources.fr.ts';

/** The words of the data sources page in one language; the figures come from the generated tables. */
export interface DataSourcesText {
  title: string;
  intro: Html;
  perimeter: string;
  labels: Record<
    | 'attribution'
    | 'licence'
    | 'phase'
    | 'perimeterDate'
    | 'geography'
    | 'method'
    | 'sources'
    | 'files',
    string
  >;
  territories: (count: number) => string;
  geography: (year: number) => string;
  method: {groupementMembers: string; communeFile: string};
  dataset: (dataset: Html) => Html;
  datasetName: string;
  catalogueTitle: string;
  catalogue: (data: ProgrammeData, date: (iso: string) => Html) => Html;
  table: Record<
    'caption' | 'scheme' | 'status' | 'reserved' | 'sources' | 'yes' | 'no',
    string
  >;
  /** ": " and "; " in English, " : " and " ; " in French. */
  colon: string;
  semicolon: string;
}

const TEXT: Bilingual<DataSourcesText> = {fr: dataSourcesFr, en: dataSourcesEn};

const LOCALES: Bilingual = {fr: 'fr-FR', en: 'en-GB'};

/**
 * A date as people read it, in the page's language: "6 décembre 2026", "juillet 2023" for a source dated by its
 * month only; anything else is shown as it is written.
 */
export function readableDate(lang: Lang, iso: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  if (!day && !/^\d{4}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${day ? iso : `${iso}-01`}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(
    LOCALES[lang],
    day
      ? {dateStyle: 'long', timeZone: 'UTC'}
      : {month: 'long', year: 'numeric', timeZone: 'UTC'}
  ).format(date);
}

/** A `<time>` with the machine date and the readable one. */
export const timeElement = (lang: Lang, iso: string): Html =>
  html`<time datetime="${iso}">${readableDate(lang, iso)}</time>`;

/** What a catalogue status says, in each language (the values of SCHEME_STATUSES). */
export const STATUS_WORDS: Bilingual<Record<string, string>> = {
  fr: {
    open: 'ouvert',
    running: 'en cours',
    upcoming: 'à venir',
    unconfirmed: 'non confirmé',
    closed: 'clos',
  },
  en: {
    open: 'open',
    running: 'running',
    upcoming: 'upcoming',
    unconfirmed: 'unconfirmed',
    closed: 'closed',
  },
};

/** A source's own date, or the word for an undated one. */
export const sourceDate = (
  lang: Lang,
  publishedOn: string | null | undefined
): Html =>
  publishedOn
    ? timeElement(lang, publishedOn)
    : html`${lang === 'fr' ? 'non datée' : 'undated'}`;

export function dataSourcesPage(ctx: SiteContext, lang: Lang): Page {
  const {vintage, buildSources, catalogue, territories} = ctx.data;
  const text = TEXT[lang];
  const {labels, table} = text;
  const date = (iso: string) => timeElement(lang, iso);
  return docsPage(
    ctx,
    lang,
    '/docs/data/',
    text.title,
    html`<h1>${text.title}</h1>
      ${text.intro}
      <h2>${text.perimeter}</h2>
      <dl>
        <dt>${labels.attribution}</dt>
        <dd lang="fr">${vintage.attribution}</dd>
        <dt>${labels.licence}</dt>
        <dd>
          ${link('https://www.etalab.gouv.fr/licence-ouverte-open-licence/', vintage.licence)}
        </dd>
        <dt>${labels.phase}</dt>
        <dd>
          ${vintage.phase} (${text.territories(territories.territories.length)})
        </dd>
        <dt>${labels.perimeterDate}</dt>
        <dd>${date(vintage.perimeterDate)}</dd>
        <dt>${labels.geography}</dt>
        <dd>${text.geography(vintage.cogYear)}</dd>
        <dt>${labels.method}</dt>
        <dd>
          ${
            vintage.method === 'groupement-members'
              ? text.method.groupementMembers
              : text.method.communeFile
          }
        </dd>
        <dt>${labels.sources}</dt>
        <dd lang="fr">
          <ul>
            ${vintage.sources.map((s) => html`<li>${s}</li>`)}
          </ul>
        </dd>
        <dt>${labels.files}</dt>
        <dd>
          <ul>
            ${buildSources.map((s) => html`<li><code>${s.file}</code>${text.colon}<code>${s.sha256}</code></li>`)}
          </ul>
        </dd>
      </dl>
      ${text.dataset(
        link(
          'https://www.data.gouv.fr/fr/datasets/programme-territoires-dindustrie/',
          text.datasetName
        )
      )}
      <h2>${text.catalogueTitle}</h2>
      ${text.catalogue(ctx.data, date)}
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">
            ${table.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${table.scheme}</th>
              <th scope="col">${table.status}</th>
              <th scope="col">${table.reserved}</th>
              <th scope="col">${table.sources}</th>
            </tr>
          </thead>
          <tbody>
            ${catalogue.schemes.map(
              (s) =>
                html`<tr>
                  <td>${s.title[lang]}</td>
                  <td>${STATUS_WORDS[lang][s.status] ?? s.status}</td>
                  <td>${s.reservedToTerritories ? table.yes : table.no}</td>
                  <td>
                    ${s.sources.map((source, i) => html`${i ? text.semicolon : ''}${link(source.url, source.title)} (${source.publisher}, ${sourceDate(lang, source.publishedOn)})`)}
                  </td>
                </tr>`
            )}
          </tbody>
        </table>
      </div>`
  );
}
