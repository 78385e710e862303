import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import {
  describe,
  expectThemed,
  forceLoadState,
  rendered,
} from '../internal/story-helpers.ts';
import './service-finder.ts';

interface Args {
  query: string;
  priority: string;
  beneficiary: string;
  kind: string;
  operator: string;
  status: string;
  place: string;
  noPlace: boolean;
  headingLevel: number;
  sort: string;
}

const TAG = 'ti-service-finder';
const READY = '[part="results"], [role="alert"]';

const meta = {
  title: 'Composants/Moteur de services',
  component: TAG,
  args: {
    query: '',
    priority: '',
    beneficiary: '',
    kind: '',
    operator: '',
    status: '',
    place: '',
    noPlace: false,
    headingLevel: 3,
    sort: 'relevance',
  },
  argTypes: {
    priority: {
      control: 'select',
      options: [
        '',
        'ecological-transition',
        'innovation',
        'skills-recruitment',
        'industrial-land',
      ],
    },
    kind: {
      control: 'select',
      options: ['', 'funding', 'engineering', 'support', 'recruitment', 'land'],
    },
    status: {
      control: 'select',
      options: ['', 'open', 'running', 'upcoming', 'unconfirmed', 'closed'],
    },
    sort: {control: 'select', options: ['relevance', 'deadline', 'amount']},
  },
  render: (args) =>
    html`<ti-service-finder
      query=${args.query}
      priority=${args.priority}
      beneficiary=${args.beneficiary}
      kind=${args.kind}
      operator=${args.operator}
      status=${args.status}
      place=${args.place}
      ?no-place=${args.noPlace}
      heading-level=${args.headingLevel}
      sort=${args.sort}
    ></ti-service-finder>`,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, TAG, READY);
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Waits for the verdict on the place, so that axe checks the answered state. */
const placeAnswered = async ({canvasElement}: {canvasElement: HTMLElement}) => {
  await rendered(canvasElement, TAG, '[part="verdict"]');
};

export const Playground: Story = {
  parameters: describe(
    'Toutes les options, à régler dans l’onglet Controls : texte, filtres (valeurs séparées par des virgules) et lieu.'
  ),
};

export const ListeCompacte: Story = {
  name: 'Liste compacte',
  args: {place: 'siren:200034130'},
  parameters: describe(
    'Chaque service tient en une ou deux lignes : titre, statut, type d’aide, montant principal et disponibilité pour le lieu. Les dix premiers s’affichent, le bouton « Afficher 10 services de plus » donne la suite.'
  ),
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, TAG, '[part="verdict"]');
    await expect(root.querySelectorAll('[part="result"]').length).toBe(10);
    await expect(
      root.querySelectorAll('[part="toggle"][aria-expanded="true"]').length
    ).toBe(0);
    await expect(root.querySelector('[part="show-more"]')).toBeTruthy();
  },
};

export const ResultatOuvert: Story = {
  name: 'Résultat ouvert',
  args: {place: 'siren:200034130'},
  parameters: describe(
    'Le titre d’un service est un bouton (aria-expanded) : il montre le résumé, les montants, les dates, les bénéficiaires, la façon de candidater et les sources, puis les replie.'
  ),
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, TAG, '[part="verdict"]');
    const toggle = root.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    toggle.click();
    await waitFor(() =>
      expect(toggle.getAttribute('aria-expanded')).toBe('true')
    );
    await expect(
      root.querySelector('[part="more"] [part="apply"]')
    ).toBeTruthy();
  },
};

export const TriParMontant: Story = {
  name: 'Trié par montant',
  args: {sort: 'amount'},
  parameters: describe(
    'sort="amount" (ou le menu « Trier par ») : le plus gros montant qu’un bénéficiaire peut obtenir d’abord, puis les enveloppes, puis les services sans montant publié. « deadline » trie par date limite, la plus proche d’abord.'
  ),
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, TAG, '#ti-sort');
    await expect(root.querySelector<HTMLSelectElement>('#ti-sort')!.value).toBe(
      'amount'
    );
  },
};

export const AfficherPlus: Story = {
  name: 'Après « Afficher plus »',
  parameters: describe(
    'Le bouton révèle les dix services suivants, place le focus sur le premier d’entre eux et annonce poliment combien sont affichés.'
  ),
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, TAG, '[part="show-more"]');
    root.querySelector<HTMLButtonElement>('[part="show-more"]')!.click();
    await waitFor(() =>
      expect(root.querySelectorAll('[part="result"]').length).toBeGreaterThan(
        10
      )
    );
    await waitFor(() =>
      expect(root.activeElement).toBe(
        root.querySelectorAll('[part="toggle"]')[10]
      )
    );
  },
};

export const AvecRecherche: Story = {
  name: 'Avec une recherche',
  args: {query: 'recrutement'},
  parameters: describe(
    'Recherche en français, sans tenir compte des accents ni des majuscules, avec une faute de frappe tolérée sur les mots longs.'
  ),
};

export const FiltreParPriorite: Story = {
  name: 'Filtré par priorité',
  args: {priority: 'skills-recruitment'},
  parameters: describe(
    'Une priorité choisie par attribut, comme le fait <ti-priority-cards for="…"> : chaque filtre affiche le nombre de services qu’il donnerait.'
  ),
};

export const LieuDansUnTerritoire: Story = {
  name: 'Lieu dans un territoire',
  args: {place: 'Oyonnax'},
  parameters: describe(
    'Une commune dans un Territoire d’industrie : le territoire, la raison, le millésime des données, et pour chaque service réservé aux territoires, qu’il est disponible ici.'
  ),
  play: placeAnswered,
};

export const LieuHorsTerritoire: Story = {
  name: 'Lieu hors territoire',
  args: {place: 'insee:75056'},
  parameters: describe(
    'Un lieu dans aucun Territoire d’industrie : la raison, et les services réservés aux territoires restent visibles mais marqués non disponibles.'
  ),
  play: placeAnswered,
};

export const CodePostalAmbigu: Story = {
  name: 'Code postal ambigu',
  args: {place: 'cp:01750'},
  parameters: describe(
    'Un code postal dont les communes ont des réponses différentes : chaque commune est proposée comme un bouton.'
  ),
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, TAG, '[part="candidate"]');
    await expect(root.querySelectorAll('[part="candidate"]').length).toBe(3);
  },
};

export const LieuInvalide: Story = {
  name: 'Lieu invalide',
  args: {place: 'javascript:alert(1)'},
  parameters: describe(
    'Une saisie qui n’est pas un lieu : un message clair qui dit quoi taper, affiché comme du texte, sans erreur.'
  ),
  play: placeAnswered,
};

export const AucunResultat: Story = {
  name: 'Aucun résultat',
  args: {query: 'zzzz'},
  parameters: describe(
    'Rien ne correspond : le message le dit, et un bouton efface la recherche et les filtres.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, TAG, '[part="empty"]');
  },
};

export const DispositifNonConfirme: Story = {
  name: 'Dispositif non confirmé',
  args: {status: 'unconfirmed'},
  parameters: describe(
    'Les services dont un fait n’est pas confirmé par les sources : le badge « Non confirmé » et, en mots, ce qui ne l’est pas.'
  ),
};

export const ValeurInconnue: Story = {
  name: 'Valeur d’attribut inconnue',
  args: {priority: 'croissance', kind: 'funding'},
  parameters: describe(
    'Une valeur inconnue donne un message visible et lu par les lecteurs d’écran, avec les valeurs possibles ; les valeurs connues s’appliquent.'
  ),
  play: async ({canvasElement}) => {
    const root = await rendered(canvasElement, TAG, '[part="invalid"]');
    await expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      'Valeur inconnue'
    );
  },
};

export const SansLieu: Story = {
  name: 'Sans champ de lieu',
  args: {noPlace: true},
  parameters: describe(
    'Avec no-place, le champ de lieu est masqué : pour une page qui n’en a pas besoin.'
  ),
};

export const EnAnglais: Story = {
  name: 'En anglais',
  args: {place: 'Oyonnax'},
  parameters: describe(
    'lang="en" sur le composant (ou sur un ancêtre) : textes, montants et dates en anglais.'
  ),
  render: (args) =>
    html`<ti-service-finder lang="en" place=${args.place}></ti-service-finder>`,
  play: placeAnswered,
};

export const ThemeSombre: Story = {
  name: 'Thème sombre',
  args: {place: 'Oyonnax', status: 'unconfirmed,closed'},
  parameters: describe(
    'theme="dark" force le thème sombre ; par défaut (auto), le composant suit le réglage du système.'
  ),
  render: (args) =>
    html`<ti-service-finder
      theme="dark"
      data-theme-fixed
      place=${args.place}
      status=${args.status}
    ></ti-service-finder>`,
  play: placeAnswered,
};

export const Chargement: Story = {
  parameters: describe(
    'Pendant le chargement du catalogue : une ligne d’état, annoncée poliment.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, TAG, READY);
    await forceLoadState(canvasElement, TAG, {status: 'loading'});
  },
};

export const ErreurDeChargement: Story = {
  name: 'Erreur de chargement',
  parameters: describe(
    'Le catalogue n’a pas pu être téléchargé : un message d’alerte et un bouton pour réessayer.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, TAG, READY);
    await forceLoadState(canvasElement, TAG, {
      status: 'error',
      error: new Error('offline'),
    });
    await expect(
      canvasElement
        .querySelector(TAG)!
        .shadowRoot!.querySelector('[role="alert"] button')
    ).toBeTruthy();
  },
};

export const ContrasteEleve: Story = {
  name: 'Contraste élevé',
  args: {place: 'cp:01750', status: 'unconfirmed,closed'},
  globals: {theme: 'contrast'},
  parameters: describe(
    'Le thème contraste élevé de la barre d’outils, fait des seuls jetons --ti-sys-* publics, comme un partenaire le ferait : axe le vérifie.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, TAG, '[part="candidate"]');
    await expectThemed(canvasElement, TAG, 'rgb(0, 0, 0)');
  },
};
