import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {BENEFICIARIES, COMPANY_SIZES} from '@ti-toolkit/data/catalogue';
import {html, nothing} from 'lit';
import {expect, waitFor} from 'storybook/test';
import {describe, expectThemed, rendered} from '../internal/story-helpers.ts';
import './funding-widget.ts';

interface Args {
  who: string;
  size: string;
  place: string;
  project: string;
  hires: string;
  headingLevel: number;
  lang: string;
}

const TAG = 'ti-funding-widget';
/** The results, and the place's verdict when a place is given: what axe must check. */
const settled = async (canvas: HTMLElement, place: string) => {
  const root = await rendered(canvas, TAG, '[part="counts"]');
  if (place) await rendered(canvas, TAG, '[part="place"] [data-status]');
  return root;
};

const meta = {
  title: 'Composants/Aides et éligibilité',
  component: TAG,
  args: {
    who: '',
    size: '',
    place: '',
    project: '',
    hires: '',
    headingLevel: 3,
    lang: '',
  },
  argTypes: {
    who: {control: 'select', options: ['', ...BENEFICIARIES]},
    size: {control: 'select', options: ['', ...COMPANY_SIZES]},
    lang: {control: 'inline-radio', options: ['', 'fr', 'en']},
  },
  render: (args) =>
    html`<ti-funding-widget
      who=${args.who}
      size=${args.size}
      place=${args.place}
      project=${args.project}
      hires=${args.hires}
      heading-level=${args.headingLevel}
      lang=${args.lang || nothing}
    ></ti-funding-widget>`,
  play: async ({canvasElement, args}) => {
    await settled(canvasElement, args.place);
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {
  parameters: describe(
    'Toutes les réponses se préremplissent par attribut ; réglez-les dans l’onglet Controls ou répondez dans le formulaire.'
  ),
};

export const PmeEnTerritoire: Story = {
  name: 'PME en territoire, 3 recrutements',
  args: {
    who: 'company',
    size: 'sme',
    place: 'Oyonnax',
    project: 'hiring',
    hires: '3',
  },
  parameters: describe(
    'Une PME d’Oyonnax qui prévoit 3 recrutements : le VTE est « à vérifier » car non confirmé, avec une estimation de 12 000 € signalée comme non confirmée.'
  ),
  play: async ({canvasElement, args}) => {
    const root = await settled(canvasElement, args.place);
    const vte = root.querySelector('[data-scheme="vte-ti"]');
    await expect(vte?.getAttribute('data-verdict')).toBe('to-check');
    await expect(
      vte?.querySelector('[part="estimate"]')?.getAttribute('data-confirmed')
    ).toBe('false');
  },
};

export const NonEligiblesReplies: Story = {
  name: 'Non éligibles repliés',
  args: {who: 'company', size: 'sme', place: 'Oyonnax', project: 'hiring'},
  parameters: describe(
    'Les groupes « Éligibles » et « À vérifier » sont ouverts ; les dispositifs non éligibles attendent, repliés sous un titre qui dit leur nombre, « Non éligibles (n) ». Chaque titre de groupe est un bouton qui le replie ou le déplie.'
  ),
  play: async ({canvasElement, args}) => {
    const root = await settled(canvasElement, args.place);
    const folded = root.querySelector(
      '[data-verdict="not-eligible"] [part="group-toggle"]'
    );
    await expect(folded?.getAttribute('aria-expanded')).toBe('false');
    await expect(folded?.textContent).toMatch(/Non éligibles \(\d+\)/);
    await expect(
      root.querySelectorAll('[part="result"][data-verdict="not-eligible"]')
        .length
    ).toBe(0);
  },
};

export const DispositifOuvert: Story = {
  name: 'Dispositif ouvert',
  args: {
    who: 'company',
    size: 'sme',
    place: 'Oyonnax',
    project: 'hiring',
    hires: '3',
  },
  parameters: describe(
    'Chaque dispositif tient en une ligne (verdict, statut, estimation ou montant) ; son titre, un bouton, montre pourquoi il convient ou non, ses montants, son opérateur, comment candidater et ses sources.'
  ),
  play: async ({canvasElement, args}) => {
    const root = await settled(canvasElement, args.place);
    const toggle = root.querySelector<HTMLButtonElement>(
      '[data-scheme="vte-ti"] [part="toggle"]'
    )!;
    toggle.click();
    await waitFor(() =>
      expect(
        root.querySelector('[data-scheme="vte-ti"] [part="reasons"]')
      ).toBeTruthy()
    );
  },
};

export const Collectivite: Story = {
  name: 'Collectivité',
  args: {who: 'local-authority', place: 'Oyonnax', project: 'studies'},
  parameters: describe(
    'Une collectivité d’un territoire qui cherche à financer des études : l’ingénierie et les études lui sont ouvertes, les aides aux entreprises non.'
  ),
};

export const HorsTerritoire: Story = {
  name: 'Lieu hors territoire',
  args: {who: 'company', size: 'sme', place: 'insee:75056', project: 'hiring'},
  parameters: describe(
    'Paris n’est dans aucun Territoire d’industrie : les aides réservées aux territoires sont « non éligibles », avec la raison.'
  ),
};

export const LieuAmbigu: Story = {
  name: 'Lieu ambigu',
  args: {place: 'cp:01750'},
  parameters: describe(
    'Le code postal 01750 couvre des communes aux réponses différentes : le visiteur choisit la commune parmi les boutons proposés.'
  ),
  play: async ({canvasElement}) => {
    const root = await settled(canvasElement, 'cp:01750');
    await expect(root.querySelectorAll('[part="candidate"]').length).toBe(3);
  },
};

export const ValeursInvalides: Story = {
  name: 'Valeurs d’attribut invalides',
  args: {who: 'pdg', size: 'énorme', project: 'hiring,voyage', hires: '-2'},
  parameters: describe(
    'Des valeurs inconnues ou un nombre négatif sont ignorés, avec un message visible et annoncé (role="alert") ; jamais d’exception.'
  ),
  play: async ({canvasElement}) => {
    const root = await settled(canvasElement, '');
    await expect(
      root.querySelectorAll('[part="messages"][role="alert"] p').length
    ).toBe(4);
  },
};

export const EnAnglais: Story = {
  name: 'En anglais',
  args: {
    lang: 'en',
    who: 'company',
    size: 'sme',
    place: 'Oyonnax',
    project: 'hiring',
    hires: '3',
  },
  parameters: describe(
    'L’attribut lang="en" (ou un ancêtre en anglais) passe tout le widget en anglais, montants compris.'
  ),
};

export const ThemeSombre: Story = {
  name: 'Thème sombre',
  args: {who: 'company', size: 'sme', place: 'Oyonnax', project: 'hiring'},
  parameters: describe(
    'theme="dark" impose le thème sombre quel que soit le réglage du système (data-theme-fixed le soustrait à la barre d’outils).'
  ),
  render: (args) =>
    html`<div style="padding:1rem;background:#161a20">
      <ti-funding-widget
        theme="dark"
        data-theme-fixed
        who=${args.who}
        size=${args.size}
        place=${args.place}
        project=${args.project}
        heading-level=${args.headingLevel}
      ></ti-funding-widget>
    </div>`,
};

export const ContrasteEleve: Story = {
  name: 'Contraste élevé',
  args: {
    who: 'company',
    size: 'sme',
    place: 'Oyonnax',
    project: 'hiring',
    hires: '3',
  },
  globals: {theme: 'contrast'},
  parameters: describe(
    'Le thème contraste élevé de la barre d’outils, fait des seuls jetons --ti-sys-* publics, comme un partenaire le ferait : axe le vérifie.'
  ),
  play: async ({canvasElement}) => {
    await rendered(
      canvasElement,
      'ti-funding-widget',
      '[part="place"] [data-status]'
    );
    await expectThemed(canvasElement, 'ti-funding-widget', 'rgb(0, 0, 0)');
  },
};
