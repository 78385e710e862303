import {html} from '../build/html.ts';
import type {Lang} from '../build/lang.ts';
import {head, page, scriptTags, type Page} from '../build/layout.ts';
import {
  communesOf,
  groupementBySiren,
  phase1TerritoryOf,
  territoryById,
} from '../build/programme-data.ts';
import type {SiteContext} from '../build/site-context.ts';

/** The partner: Communauté de communes Gally Mauldre, in territory ti-1109 "Seine Aval". */
const CCGM_SIREN = '200034130';
const TERRITORY = 'ti-1109';

const number = (n: number) => n.toLocaleString('fr-FR');

/** Sources the page's own words rest on (the catalogue entries carry theirs). */
const SOURCES = {
  regions: {
    url: 'https://www.allier.gouv.fr/Actualites/Actualites/Lancement-selection-Territoires-d-industrie-2023-2027',
    text: "Préfecture de l'Allier, juillet 2023",
  },
  partners: {
    url: 'https://senat.fr/rap/r24-217/r24-2176.html',
    text: 'Sénat, décembre 2024',
  },
  projects: {
    url: 'https://www.lagazettedescommunes.com/877579/les-prochains-territoires-dindustrie-tournes-vers-le-zan-et-le-developpement-des-competences/',
    text: 'La Gazette des communes, juillet 2023',
  },
  seineAval: {
    url: 'https://lagazette-yvelines.fr/2023/11/23/seine-aval-encore-labellise-territoire-dindustrie/',
    text: 'La Gazette en Yvelines, novembre 2023',
  },
};
/** "1 est réservé", "11 sont réservés": the verb agrees with the count. */
const agree = (n: number, one: string, many: string) =>
  `${n} ${n > 1 ? many : one}`;

const cite = (source: {url: string; text: string}) =>
  html`(<a href="${source.url}">${source.text}</a>)`;

/** "14 dispositifs en cours ou ouverts, 9 à confirmer et 2 clos": the catalogue's own counts, by status. */
function statusCounts(statuses: readonly string[]): string {
  const count = (...wanted: string[]) =>
    statuses.filter((s) => wanted.includes(s)).length;
  const parts = [
    [count('open', 'running'), 'en cours ou ouvert', 'en cours ou ouverts'],
    [count('upcoming'), 'annoncé', 'annoncés'],
    [count('unconfirmed'), 'à confirmer', 'à confirmer'],
    [count('closed'), 'clos', 'clos'],
  ] as const;
  const said = parts
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n > 1 ? many : one}`);
  return said.length > 1
    ? `${said.slice(0, -1).join(', ')} et ${said.at(-1)}`
    : (said[0] ?? 'aucun');
}

/**
 * The page "La CCGM labellisée Territoire d'industrie" rebuilt as a partner would: its own look and words, and the
 * toolkit's components loaded by one script tag, preset for its territory (its intercommunality's SIREN).
 */
export function demoPage(ctx: SiteContext, lang: Lang): Page {
  const {data, cdn} = ctx;
  const territory = territoryById(data, TERRITORY);
  const ccgm = groupementBySiren(data, CCGM_SIREN);
  const communes = communesOf(data, ccgm.index);
  const members = territory.groupements
    .map((i) => data.territories.groupements[i]!)
    .filter((g) => g.siren !== CCGM_SIREN);
  const place = `siren:${CCGM_SIREN}`;
  const {schemes, reviewedOn} = data.catalogue;
  const reserved = schemes.filter((s) => s.reservedToTerritories).length;
  const regional = schemes.filter((s) => s.regions?.includes('11')).length;
  const phase1 = phase1TerritoryOf(data, CCGM_SIREN);
  const singleCommunes = data.territories.groupements.filter(
    (g) => g.kind === 'commune'
  ).length;
  const body = html` <aside
      class="demo-banner"
      aria-label="À propos de cette page"
    >
      Page de démonstration du
      <a href="/">Territoires d'industrie toolkit</a> : une reconstitution, non
      officielle, de la page d'une intercommunalité partenaire.
    </aside>
    <header class="partner-header">
      <p class="partner-name">Communauté de communes Gally Mauldre</p>
      <nav aria-label="Menu de la communauté de communes">
        <ul>
          <li><a href="#programme">Le programme</a></li>
          <li><a href="#priorites">Les priorités</a></li>
          <li><a href="#services">Les services</a></li>
          <li><a href="#financements">Les financements</a></li>
          <li><a href="#territoire">Notre territoire</a></li>
        </ul>
      </nav>
    </header>
    <main id="contenu" class="partner-main">
      <h1>La CCGM labellisée Territoire d'industrie</h1>
      <p class="lead">
        Avec ses ${communes.length} communes, la Communauté de communes Gally
        Mauldre fait partie du Territoire d'industrie
        <strong>${territory.name}</strong>, aux côtés de
        ${members.map((g, i) => html`${i ? (i === members.length - 1 ? ' et ' : ', ') : ''}${g.name}`)}.
        Les entreprises, les communes et les acteurs de la formation de notre
        territoire ont ainsi accès aux services et aux financements du programme
        : certains sont réservés aux Territoires d'industrie, d'autres sont
        ouverts à tous les territoires ou à des lauréats choisis sur appel, et
        la Région Île-de-France propose ses propres aides à l'industrie.
      </p>
      ${
        phase1
          ? html`<p>
              La CCGM est dans le programme depuis sa première phase (2018-2022)
              : les données de l'ANCT la comptent alors dans le Territoire
              d'industrie « ${phase1.name} ». Le territoire a été retenu une
              seconde fois en novembre 2023 ${cite(SOURCES.seineAval)}.
            </p>`
          : ''
      }

      <section id="programme" aria-labelledby="programme-titre">
        <h2 id="programme-titre">Le programme en quelques mots</h2>
        <p>
          Territoires d'industrie est le programme de l'État pour les
          territoires qui font vivre l'industrie française. Pour la période
          2023-2027, ${data.territories.territories.length} territoires ont été
          retenus, formés d'intercommunalités et, pour quelques-uns, de communes
          prises isolément (${singleCommunes} dans les données de l'ANCT). Lors
          de la première phase, les territoires auraient porté quelque 1 800
          projets industriels ${cite(SOURCES.projects)}.
        </p>
        <p>
          Le programme est piloté au niveau national par l'Agence nationale de
          la cohésion des territoires (ANCT) et la Direction générale des
          entreprises, en partenariat avec Régions de France, Intercommunalités
          de France et France Industrie ${cite(SOURCES.regions)}. Sur le
          terrain, chaque territoire est animé par un binôme formé d'un élu et
          d'un industriel.
        </p>
        <p>
          Les partenaires du programme sont les opérateurs publics (Bpifrance,
          Banque des Territoires, ADEME, France Travail, Business France, Action
          Logement) et les conseils régionaux, qui y mobilisent aussi leurs
          propres crédits ${cite(SOURCES.partners)}. Notre catalogue compte
          ${schemes.length} dispositifs :
          ${statusCounts(schemes.map((s) => s.status))}.
          ${agree(reserved, 'est réservé', 'sont réservés')} aux Territoires
          d'industrie, ${agree(regional, 'relève', 'relèvent')} de la Région
          Île-de-France. Chacun tient ci-dessous en une ligne (statut, type
          d'aide, montant, disponibilité) et s'ouvre sur ses détails et la date
          de ses sources.
        </p>
      </section>

      <section id="priorites" aria-labelledby="priorites-titre">
        <h2 id="priorites-titre">Quatre priorités pour 2023-2027</h2>
        <p>
          Le programme concentre ses moyens sur quatre priorités. Choisissez-en
          une : la liste des services ci-dessous se filtre d'elle-même.
        </p>
        <ti-priority-cards
          for="services-ccgm"
          heading-level="3"
          theme="light"
        ></ti-priority-cards>
      </section>

      <section id="services" aria-labelledby="services-titre">
        <h2 id="services-titre">Les services du panier</h2>
        <p>
          Cherchez par mot-clé, filtrez par bénéficiaire ou type d'aide. Les
          disponibilités sont données pour la CCGM ; saisissez une autre commune
          pour vérifier la vôtre.
        </p>
        <ti-service-finder
          id="services-ccgm"
          place="${place}"
          heading-level="3"
          theme="light"
        ></ti-service-finder>
      </section>

      <section id="financements" aria-labelledby="financements-titre">
        <h2 id="financements-titre">Quels financements pour votre projet ?</h2>
        <p>
          Trois questions suffisent : qui vous êtes, où vous êtes et ce que vous
          voulez faire. Chaque dispositif, une fois ouvert, dit pourquoi il
          correspond, ou pas, et ce qui reste à confirmer ; ceux qui ne
          correspondent pas restent repliés.
        </p>
        <ti-funding-widget
          place="${place}"
          heading-level="3"
          theme="light"
        ></ti-funding-widget>
      </section>

      <section id="territoire" aria-labelledby="territoire-titre">
        <h2 id="territoire-titre">Notre Territoire d'industrie</h2>
        <ti-territory-card
          territory="${TERRITORY}"
          heading-level="3"
          theme="light"
        ></ti-territory-card>
        <h3>Sur la carte des Territoires d'industrie</h3>
        <ti-territory-map
          territory="${TERRITORY}"
          theme="light"
        ></ti-territory-map>
        <h3>Les communes de la CCGM</h3>
        <p>${communes.join(', ')}.</p>
      </section>

      <section aria-labelledby="contact-titre">
        <h2 id="contact-titre">Qui contacter ?</h2>
        <p>
          Chaque territoire a un chef ou une cheffe de projet Territoire
          d'industrie, porté par une intercommunalité du territoire, et des
          référents chez chaque opérateur. Sur le site réel de la CCGM, ses
          coordonnées figureraient ici ; cette démonstration n'en invente pas.
        </p>
      </section>
    </main>
    <footer class="partner-footer">
      <p>
        Données : ${data.vintage.attribution} (${data.vintage.licence}) ;
        communes au COG ${data.vintage.cogYear}. Catalogue des services revu en
        entier le
        ${new Date(reviewedOn).toLocaleDateString('fr-FR', {dateStyle: 'long'})}
        ; chaque fiche donne la date de ses sources. Population du territoire :
        ${number(territory.population)} habitants.
      </p>
      <p>
        Aucun cookie, aucun traceur : les composants ne font aucune requête vers
        un autre site.
      </p>
    </footer>`;
  return page(
    lang,
    '/demo/',
    html`<!doctype html>
      <html lang="fr">
        <head>
          ${head(
            "La CCGM labellisée Territoire d'industrie · démonstration",
            "Reconstitution d'une page partenaire avec les composants Territoires d'industrie",
            [
              html`<link rel="stylesheet" href="/assets/partner-demo.css" />`,
              ...scriptTags([
                {src: cdn.entry.path, integrity: cdn.entry.integrity},
              ]),
            ]
          )}
        </head>
        <body class="partner">
          <a class="skip-link" href="#contenu">Aller au contenu</a>
          ${body}
        </body>
      </html>`.value
  );
}
