import type {Lang} from '../../build/lang.ts';
import {docsPage} from '../../build/docs-shell.ts';
import {html, link} from '../../build/html.ts';
import type {Page} from '../../build/layout.ts';
import type {SiteContext} from '../../build/site-context.ts';

export function dataSourcesPage(ctx: SiteContext, lang: Lang): Page {
  const {vintage, buildSources, catalogue, territories} = ctx.data;
  return docsPage(
    ctx,
    lang,
    '/docs/data/',
    'Data sources and vintage',
    html`<h1>Data sources and vintage</h1>
      <p>
        Every figure the components show comes from two generated tables in the
        repository (<code>packages/data/generated/</code>), which carry their
        vintage; the components show it beside each answer as proof. This page
        is written from those tables when the site is built.
      </p>
      <h2>The perimeter: which places are in which territory</h2>
      <dl>
        <dt>Attribution</dt>
        <dd>${vintage.attribution}</dd>
        <dt>Licence</dt>
        <dd>
          ${link('https://www.etalab.gouv.fr/licence-ouverte-open-licence/', vintage.licence)}
        </dd>
        <dt>Programme phase</dt>
        <dd>
          ${vintage.phase} (${territories.territories.length} territories)
        </dd>
        <dt>Date of ANCT's perimeter</dt>
        <dd>
          <time datetime="${vintage.perimeterDate}"
            >${vintage.perimeterDate}</time
          >
        </dd>
        <dt>Communes and intercommunalities</dt>
        <dd>Official geography (COG) ${vintage.cogYear}</dd>
        <dt>Method</dt>
        <dd>
          ${
            vintage.method === 'groupement-members'
              ? "A territory's communes are the current members of the intercommunalities ANCT lists for it."
              : "A territory's communes are those of ANCT's commune file."
          }
        </dd>
        <dt>Sources</dt>
        <dd>
          <ul>
            ${vintage.sources.map((s) => html`<li>${s}</li>`)}
          </ul>
        </dd>
        <dt>Files built from (SHA-256)</dt>
        <dd>
          <ul>
            ${buildSources.map((s) => html`<li><code>${s.file}</code>: <code>${s.sha256}</code></li>`)}
          </ul>
        </dd>
      </dl>
      <p>
        The official dataset is ANCT's
        ${link('https://www.data.gouv.fr/fr/datasets/programme-territoires-dindustrie/', '"Programme Territoires d\'industrie" on data.gouv.fr')}.
        Data maintainers rebuild the tables with <code>pnpm data:build</code>
        when ANCT publishes a new file.
      </p>
      <h2>The catalogue: priorities, services and funding</h2>
      <p>
        Written in our own words from public sources. Every amount, date, status
        and eligibility condition names the sources that state it; each source
        carries its own publication date and the day we compared the entry with
        it. Catalogue version ${catalogue.version}, last reviewed in full on
        <time datetime="${catalogue.reviewedOn}">${catalogue.reviewedOn}</time>.
        ${catalogue.attribution}. An entry shown as running needs a source from
        2023 or later (phase 2); otherwise it is "unconfirmed", with the age of
        its newest source. The components show the newest source's publisher and
        date, every source on demand, and warn users when the last review is
        more than six months old.
      </p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">
            Schemes of the catalogue
          </caption>
          <thead>
            <tr>
              <th scope="col">Scheme</th>
              <th scope="col">Status</th>
              <th scope="col">Reserved to the territories</th>
              <th scope="col">Sources (publisher, own date)</th>
            </tr>
          </thead>
          <tbody>
            ${catalogue.schemes.map(
              (s) =>
                html`<tr>
                  <td>${s.title.en}</td>
                  <td>${s.status}</td>
                  <td>${s.reservedToTerritories ? 'yes' : 'no'}</td>
                  <td>
                    ${s.sources.map((source, i) => html`${i ? '; ' : ''}${link(source.url, source.title)} (${source.publisher}, ${source.publishedOn ?? 'undated'})`)}
                  </td>
                </tr>`
            )}
          </tbody>
        </table>
      </div>`
  );
}
