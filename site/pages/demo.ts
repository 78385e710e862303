import {html, type Html} from '../build/html.ts';
import {sitePath, type Lang} from '../build/lang.ts';
import {
  alternates,
  head,
  languageSwitch,
  page,
  scriptTags,
  type Page,
} from '../build/layout.ts';
import {
  communesOf,
  groupementBySiren,
  phase1TerritoryOf,
  territoryById,
} from '../build/programme-data.ts';
import type {SiteContext} from '../build/site-context.ts';
import {DEMO_TEXT, type DemoFacts} from './demo-text.ts';

/** The partner: Communauté de communes Gally Mauldre, in territory ti-1109 "Seine Aval". */
const CCGM_SIREN = '200034130';
const TERRITORY = 'ti-1109';
const PATH = '/demo/';

/**
 * The page "La CCGM labellisée Territoire d'industrie" rebuilt as a partner would: its own look and words, and the
 * toolkit's components loaded by one script tag, preset for its territory (its intercommunality's SIREN). The
 * English page is the same page translated, its components given `lang="en"` as a partner would.
 */
export function demoPage(ctx: SiteContext, lang: Lang): Page {
  const {data, cdn} = ctx;
  const text = DEMO_TEXT[lang];
  const territory = territoryById(data, TERRITORY);
  const ccgm = groupementBySiren(data, CCGM_SIREN);
  const communes = communesOf(data, ccgm.index);
  const {schemes, reviewedOn} = data.catalogue;
  const facts: DemoFacts = {
    territory: territory.name,
    population: territory.population,
    communes: communes.length,
    members: territory.groupements
      .map((i) => data.territories.groupements[i]!)
      .filter((g) => g.siren !== CCGM_SIREN)
      .map((g) => g.name),
    territories: data.territories.territories.length,
    singleCommunes: data.territories.groupements.filter(
      (g) => g.kind === 'commune'
    ).length,
    schemes: schemes.length,
    statuses: schemes.map((s) => s.status),
    reserved: schemes.filter((s) => s.reservedToTerritories).length,
    regional: schemes.filter((s) => s.regions?.includes('11')).length,
    attribution: data.vintage.attribution,
    licence: data.vintage.licence,
    cogYear: data.vintage.cogYear,
    reviewedOn,
  };
  const place = `siren:${CCGM_SIREN}`;
  const phase1 = phase1TerritoryOf(data, CCGM_SIREN);
  const section = (id: string, heading: string, content: Html | Html[]) =>
    html`<section id="${id}" aria-labelledby="${id}-titre">
      <h2 id="${id}-titre">${heading}</h2>
      ${content}
    </section>`;
  const body = html` <aside class="demo-banner" aria-label="${text.about}">
      ${text.banner(sitePath(lang, '/'))}
    </aside>
    <header class="partner-header">
      <p class="partner-name">Communauté de communes Gally Mauldre</p>
      <nav aria-label="${text.menuLabel}">
        <ul>
          ${Object.entries(text.menu).map(
            ([id, label]) => html`<li><a href="#${id}">${label}</a></li>`
          )}
        </ul>
      </nav>
      ${languageSwitch(lang, PATH)}
    </header>
    <main id="contenu" class="partner-main">
      <h1>${text.heading}</h1>
      <p class="lead">${text.lead(facts)}</p>
      ${phase1 ? html`<p>${text.phase1(phase1.name)}</p>` : ''}
      ${section(
        'programme',
        text.programme.heading,
        text.programme.paragraphs(facts).map((p) => html`<p>${p}</p>`)
      )}
      ${section(
        'priorites',
        text.priorities.heading,
        html`<p>${text.priorities.intro}</p>
          <ti-priority-cards
            for="services-ccgm"
            heading-level="3"
            lang="${lang}"
            theme="light"
          ></ti-priority-cards>`
      )}
      ${section(
        'services',
        text.services.heading,
        html`<p>${text.services.intro}</p>
          <ti-service-finder
            id="services-ccgm"
            place="${place}"
            heading-level="3"
            lang="${lang}"
            theme="light"
          ></ti-service-finder>`
      )}
      ${section(
        'financements',
        text.funding.heading,
        html`<p>${text.funding.intro}</p>
          <ti-funding-widget
            place="${place}"
            heading-level="3"
            lang="${lang}"
            theme="light"
          ></ti-funding-widget>`
      )}
      ${section(
        'territoire',
        text.territory.heading,
        html`<ti-territory-card
            territory="${TERRITORY}"
            heading-level="3"
            lang="${lang}"
            theme="light"
          ></ti-territory-card>
          <h3>${text.territory.map}</h3>
          <ti-territory-map
            territory="${TERRITORY}"
            lang="${lang}"
            theme="light"
          ></ti-territory-map>
          <h3>${text.territory.communes}</h3>
          <p>${communes.join(', ')}.</p>`
      )}
      ${section(
        'contact',
        text.contact.heading,
        html`<p>${text.contact.text}</p>`
      )}
    </main>
    <footer class="partner-footer">
      ${text.footer(facts).map((p) => html`<p>${p}</p>`)}
    </footer>`;
  return page(
    lang,
    PATH,
    html`<!doctype html>
      <html lang="${lang}">
        <head>
          ${head(text.title, text.description, [
            ...alternates(PATH),
            html`<link rel="stylesheet" href="/assets/partner-demo.css" />`,
            ...scriptTags([
              {src: cdn.entry.path, integrity: cdn.entry.integrity},
            ]),
          ])}
        </head>
        <body class="partner">
          <a class="skip-link" href="#contenu">${text.skip}</a>
          ${body}
        </body>
      </html>`.value
  );
}
