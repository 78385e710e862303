import {html, type Html} from '../build/html.ts';
import type {Bilingual} from '../build/lang.ts';
import type {ComponentTag} from '../client/embed-spec.ts';
import {PLACE_FIELD} from '../client/place-search-messages.ts';

type To = (path: string) => string;

/**
 * The configurator page's words, French first (a partner's webmaster must not need English). What its script
 * writes later (counts, statuses, the snippet's comment) is in client/configurator-messages.ts.
 */
export interface ConfiguratorText {
  title: string;
  intro: (to: To) => Html;
  component: string;
  territory: string;
  search: string;
  searchHint: string;
  territoryList: string;
  place: string;
  placeHint: string;
  /** Why the components that take no territory or place leave the search disabled. */
  noTerritory: Partial<Record<ComponentTag, string>>;
  language: string;
  languageHint: string;
  languages: Bilingual;
  theme: string;
  themes: Record<'light' | 'auto' | 'dark' | 'sober', string>;
  colours: string;
  accent: string;
  accentDark: string;
  corners: string;
  radii: [value: string, label: string][];
  embedding: string;
  modes: Record<'script' | 'iframe', string>;
  snippet: string;
  pasteHere: string;
  copy: string;
  versions: (version: string, to: To) => Html;
  preview: string;
}

const fr: ConfiguratorText = {
  title: "Configurateur d'intégration",
  intro: (to) =>
    html`Choisissez ce que vous voulez montrer et son apparence ; l'aperçu est
      le vrai composant. Copiez ensuite l'extrait de code dans votre page : une
      balise de script (une adresse versionnée, avec son empreinte d'intégrité)
      et l'élément. Si votre éditeur de contenu supprime les scripts, choisissez
      l'iframe. Les notes pour WordPress et Drupal sont dans le
      <a href="${to('/docs/cms/')}">guide des CMS</a>.`,
  component: 'Composant',
  territory: 'Territoire',
  search: 'Chercher un territoire ou un lieu',
  searchHint:
    "Le nom ou l'identifiant d'un territoire (ti-1109), une intercommunalité, une commune, un code postal, un code INSEE ou un SIREN.",
  territoryList: 'Territoire choisi',
  place: PLACE_FIELD.fr,
  placeHint:
    "La recherche de services et le module des financements prennent un lieu, pas un territoire : le lieu cherché, ou l'une des intercommunalités du territoire.",
  noTerritory: {
    'ti-priority-cards':
      'Les priorités sont celles du programme : les fiches sont les mêmes dans tous les territoires.',
    'ti-list-check':
      'La vérification porte sur la liste que le visiteur colle ou dépose : elle ne prend ni territoire ni lieu.',
  },
  language: 'Langue du composant',
  languageHint:
    "La langue de vos visiteurs, quelle que soit celle de cette page : elle est écrite dans l'extrait de code.",
  languages: {fr: 'Français', en: 'Anglais'},
  theme: 'Thème',
  themes: {
    light: 'Clair (site sans mode sombre)',
    auto: 'Suivre le réglage clair ou sombre du visiteur',
    dark: 'Sombre',
    sober: 'Sobre (bleu profond, angles droits)',
  },
  colours: 'Couleurs',
  accent: "Couleur d'accent (boutons, liens)",
  accentDark: "Couleur d'accent du thème sombre",
  corners: 'Angles',
  radii: [
    ['0', 'Droits'],
    ['0.25rem', 'Légèrement arrondis'],
    ['0.5rem', 'Arrondis (par défaut)'],
    ['1rem', 'Très arrondis'],
  ],
  embedding: "Mode d'intégration",
  modes: {
    script: 'Balise de script (recommandé)',
    iframe: 'Iframe (éditeurs qui suppriment les scripts)',
  },
  snippet: 'Extrait de code',
  pasteHere: "Collez-le à l'endroit où le composant doit apparaître",
  copy: "Copier l'extrait de code",
  versions: (version, to) =>
    html`L'adresse nomme la version ${version} : elle ne change jamais, si bien
      que l'empreinte d'intégrité reste valable et que votre page continue de
      fonctionner quand une nouvelle version sort. Pour passer à une version
      plus récente, reprenez un extrait de code. L'empreinte couvre ce script ;
      les parties qu'il charge ensuite sont nommées d'après leur contenu (voir
      le <a href="${to('/docs/#versions')}">guide d'intégration</a>).`,
  preview: 'Aperçu',
};

const en: ConfiguratorText = {
  title: 'Embed configurator',
  intro: (to) =>
    html`Choose what to show and how it looks; the preview is the real
      component. Copy the snippet into your page: one script tag (a versioned
      address with its integrity hash) and the element. If your content editor
      removes scripts, choose the iframe. Notes for WordPress and Drupal are in
      the <a href="${to('/docs/cms/')}">CMS guide</a>.`,
  component: 'Component',
  territory: 'Territory',
  search: 'Search a territory or a place',
  searchHint:
    "A territory's name or id (ti-1109), an intercommunality, a commune, a postcode, an INSEE code or a SIREN.",
  territoryList: 'Territory',
  place: PLACE_FIELD.en,
  placeHint:
    "The finder and the funding widget take a place, not a territory: the place searched, or one of the territory's intercommunalities.",
  noTerritory: {
    'ti-priority-cards':
      "The priorities are the programme's: the cards are the same in every territory.",
    'ti-list-check':
      'The check works on the list the visitor pastes or drops: it takes no territory or place.',
  },
  language: 'Component language',
  languageHint:
    "Your visitors' language, whatever this page's: it is written into the snippet.",
  languages: {fr: 'French', en: 'English'},
  theme: 'Theme',
  themes: {
    light: 'Light (site without a dark mode)',
    auto: "Follow the visitor's system",
    dark: 'Dark',
    sober: 'Sober (deep blue, square corners)',
  },
  colours: 'Colours',
  accent: 'Accent colour (buttons, links)',
  accentDark: 'Accent colour in the dark theme',
  corners: 'Corners',
  radii: [
    ['0', 'Square'],
    ['0.25rem', 'Slightly rounded'],
    ['0.5rem', 'Rounded (default)'],
    ['1rem', 'Very rounded'],
  ],
  embedding: 'Embedding',
  modes: {
    script: 'Script tag (recommended)',
    iframe: 'Iframe (editors that remove scripts)',
  },
  snippet: 'Snippet',
  pasteHere: 'Paste this where the component should appear',
  copy: 'Copy the snippet',
  versions: (version, to) =>
    html`The address names version ${version}: it never changes, so the
      integrity hash stays valid and your page keeps working when a new version
      comes out. To upgrade, take a new snippet. The hash covers this script;
      the parts it loads later are named by their content (see the
      <a href="${to('/docs/#versions')}">embedding guide</a>).`,
  preview: 'Preview',
};

export const CONFIGURATOR_TEXT: Bilingual<ConfiguratorText> = {fr, en};
