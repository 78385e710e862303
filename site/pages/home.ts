import {html, type Html} from '../build/html.ts';
import {sitePath, type Lang} from '../build/lang.ts';
import {page, shell, type Page} from '../build/layout.ts';
import type {SiteContext} from '../build/site-context.ts';

interface Counts {
  territories: number;
  schemes: number;
}

type To = (path: string) => string;

/**
 * The home page is where a partner's webmaster starts: the three steps to a snippet come first, in the page's
 * language, then the site's sections.
 */
const TEXT = {
  fr: {
    title: 'Accueil',
    heading: "Boîte à outils Territoires d'industrie",
    intro: ({territories, schemes}: Counts) =>
      html`Des composants web qui répondent, sur le site d'un partenaire, à
      trois questions : ce lieu est-il dans un Territoire d'industrie, et lequel
      ? À quoi peut-il prétendre ? À qui s'adresser ? ${territories} territoires
      (2023-2027), ${schemes} dispositifs du panier de services du programme, en
      français et en anglais.`,
    start: 'Intégrer un composant à votre site',
    steps: (to: To) => [
      html`Dans le
        <a href="${to('/configurator/')}">configurateur d'intégration</a>,
        choisissez le composant, votre territoire ou votre commune, la langue et
        le thème ; l'aperçu montre le composant tel qu'il paraîtra.`,
      html`Copiez l'extrait de code qu'il vous donne : une balise de script et
      l'élément, sans cookie ni traceur.`,
      html`Collez-le dans votre page, à l'endroit où le composant doit
        apparaître. Le <a href="${to('/docs/')}">guide d'intégration</a>
        explique chaque réglage, et les
        <a href="${to('/docs/cms/')}">notes pour WordPress et Drupal</a> disent
        où coller le code dans ces outils.`,
    ],
    cards: (to: To) => [
      {
        href: to('/demo/'),
        name: 'Page partenaire de démonstration',
        text: html`« La CCGM labellisée Territoire d'industrie » : la page d'une
        intercommunalité avec les fiches des priorités, la recherche de services
        et le module des financements, chargés par une seule balise de script.`,
      },
      {
        href: to('/configurator/'),
        name: "Configurateur d'intégration",
        text: html`Choisissez un composant, un territoire, la langue, le thème
        et vos couleurs ; copiez l'extrait de code (adresse versionnée et
        empreinte d'intégrité) ou sa variante en iframe.`,
      },
      {
        href: to('/docs/'),
        name: 'Documentation',
        text: html`Guide d'intégration, notes pour WordPress et Drupal,
        attributs, événements, parties et variables de chaque composant, sources
        des données, accessibilité, confidentialité et extension de navigateur.`,
      },
      {
        href: to('/verifier/'),
        name: "Vérifier une liste d'entreprises",
        text: html`Collez une liste de SIREN, de SIRET ou de communes, ou
        déposez un fichier CSV : le tableau dit pour chaque ligne si elle est
        dans un Territoire d'industrie, et se télécharge en CSV.`,
      },
      {
        href: '/storybook/',
        name: 'Storybook',
        text: html`Chaque composant dans tous ses états, ses langues et ses
        thèmes, pour les graphistes (l'outil est en anglais).`,
      },
    ],
    version: (version: string, folder: string) =>
      html`Version des composants : <strong>${version}</strong>,
        <code>${folder}</code>`,
  },
  en: {
    title: 'Home',
    heading: "Territoires d'industrie toolkit",
    intro: ({territories, schemes}: Counts) =>
      html`Web components that answer three questions on a partner's website: is
      this place in a Territoire d'industrie, and which one? What can it get?
      Whom to ask? ${territories} territories (2023-2027), ${schemes} schemes of
      the programme's basket of services, in French and English.`,
    start: 'Embed a component in your site',
    steps: (to: To) => [
      html`In the <a href="${to('/configurator/')}">embed configurator</a>,
        choose the component, your territory or commune, the language and the
        theme; the preview shows the component as it will appear.`,
      html`Copy the snippet it gives you: one script tag and the element, with
      no cookies or trackers.`,
      html`Paste it into your page where the component should appear. The
        <a href="${to('/docs/')}">embedding guide</a> explains each setting, and
        the <a href="${to('/docs/cms/')}">WordPress and Drupal notes</a> say
        where to paste the code in those tools.`,
    ],
    cards: (to: To) => [
      {
        href: to('/demo/'),
        name: 'Demo partner page',
        text: html`"La CCGM labellisée Territoire d'industrie": an
        intercommunality's page with the priority cards, the service finder and
        the funding widget, loaded by one script tag.`,
      },
      {
        href: to('/configurator/'),
        name: 'Embed configurator',
        text: html`Choose a component, a territory, the language, the theme and
        your colours; copy the snippet (versioned URL and SRI hash) or the
        iframe fallback.`,
      },
      {
        href: to('/docs/'),
        name: 'Documentation',
        text: html`Embedding guide, WordPress and Drupal notes, each component's
        attributes, events, parts and tokens, data sources, accessibility,
        privacy, and the browser extension.`,
      },
      {
        href: to('/verifier/'),
        name: 'Check a list of companies',
        text: html`Paste a list of SIRENs, SIRETs or communes, or drop a CSV
        file: the table says for each row whether it is in a Territoire
        d'industrie, and downloads as CSV.`,
      },
      {
        href: '/storybook/',
        name: 'Storybook',
        text: html`Every component, state, language and theme, for designers.`,
      },
    ],
    version: (version: string, folder: string) =>
      html`Components version <strong>${version}</strong>:
        <code>${folder}</code>`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

const card = ({href, name, text}: {href: string; name: string; text: Html}) =>
  html`<li>
    <h2><a href="${href}">${name}</a></h2>
    <p>${text}</p>
  </li>`;

export function homePage(ctx: SiteContext, lang: Lang): Page {
  const {data, cdn} = ctx;
  const text = TEXT[lang];
  const to = (path: string) => sitePath(lang, path);
  const counts = {
    territories: data.territories.territories.length,
    schemes: data.catalogue.schemes.length,
  };
  const body = html`<div class="prose">
      <h1>${text.heading}</h1>
      <p>${text.intro(counts)}</p>
      <h2>${text.start}</h2>
      <ol>
        ${text.steps(to).map((step) => html`<li>${step}</li>`)}
      </ol>
    </div>
    <ul class="cards">
      ${text.cards(to).map(card)}
    </ul>
    <p>${text.version(cdn.version, cdn.base)}</p>`;
  return page(
    lang,
    '/',
    shell({lang, title: text.title, path: '/', body, data})
  );
}
