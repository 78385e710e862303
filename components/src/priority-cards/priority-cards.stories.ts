import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect} from 'storybook/test';
import {
  describe,
  expectThemed,
  forceLoadState,
  rendered,
} from '../internal/story-helpers.ts';
import './priority-cards.ts';

interface Args {
  selected: string;
  layout: 'grid' | 'list';
  headingLevel: number;
}

const meta = {
  title: 'Composants/Cartes des priorités',
  component: 'ti-priority-cards',
  args: {selected: '', layout: 'grid', headingLevel: 3},
  argTypes: {
    selected: {
      control: 'select',
      options: [
        '',
        'ecological-transition',
        'innovation',
        'skills-recruitment',
        'industrial-land',
      ],
    },
    layout: {control: 'inline-radio', options: ['grid', 'list']},
  },
  render: (args) =>
    html`<ti-priority-cards
      selected=${args.selected}
      layout=${args.layout}
      heading-level=${args.headingLevel}
    ></ti-priority-cards>`,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-priority-cards', '[part~="card"]');
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Toutes les options, à régler dans l'onglet Controls. */
export const Playground: Story = {
  parameters: describe('Toutes les options, à régler dans l’onglet Controls.'),
};

export const PrioriteChoisie: Story = {
  name: 'Priorité choisie',
  args: {selected: 'innovation'},
  parameters: describe(
    'Une priorité choisie : sa carte est mise en avant et son bouton est enfoncé (aria-pressed).'
  ),
};

export const EnListe: Story = {
  name: 'En liste',
  args: {layout: 'list'},
  parameters: describe('Disposition en liste, pour une colonne étroite.'),
};

export const PrioriteInconnue: Story = {
  name: 'Priorité inconnue',
  args: {selected: 'croissance'},
  parameters: describe(
    'Une valeur d’attribut inconnue donne un message visible et lisible par les lecteurs d’écran.'
  ),
  play: async ({canvasElement}) => {
    const root = await rendered(
      canvasElement,
      'ti-priority-cards',
      '[part~="card"]'
    );
    await expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      'Priorité inconnue'
    );
  },
};

export const PiloteLeRecherche: Story = {
  name: 'Pilote un moteur de recherche',
  parameters: describe(
    'Avec for="…", choisir une priorité règle l’attribut priority de l’élément désigné (ici un simple témoin).'
  ),
  render: () =>
    html`<ti-priority-cards for="temoin"></ti-priority-cards>
      <p id="temoin">
        L’attribut priority de cet élément suit la carte choisie.
      </p>`,
  play: async ({canvasElement}) => {
    const root = await rendered(
      canvasElement,
      'ti-priority-cards',
      '[part="button"]'
    );
    root.querySelectorAll<HTMLButtonElement>('[part="button"]')[2]!.click();
    await expect(
      canvasElement.querySelector('#temoin')?.getAttribute('priority')
    ).toBe('skills-recruitment');
  },
};

export const Chargement: Story = {
  parameters: describe(
    'Pendant le chargement du catalogue : une ligne d’état, annoncée poliment.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-priority-cards', '[part~="card"]');
    await forceLoadState(canvasElement, 'ti-priority-cards', {
      status: 'loading',
    });
    await expect(
      canvasElement
        .querySelector('ti-priority-cards')!
        .shadowRoot!.querySelector('[role="status"]')
    ).toBeTruthy();
  },
};

export const ErreurDeChargement: Story = {
  name: 'Erreur de chargement',
  parameters: describe(
    'Le catalogue n’a pas pu être téléchargé : un message d’alerte et un bouton pour réessayer.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-priority-cards', '[part~="card"]');
    await forceLoadState(canvasElement, 'ti-priority-cards', {
      status: 'error',
      error: new Error('offline'),
    });
    await expect(
      canvasElement
        .querySelector('ti-priority-cards')!
        .shadowRoot!.querySelector('[role="alert"] button')
    ).toBeTruthy();
  },
};

export const ContrasteEleve: Story = {
  name: 'Contraste élevé',
  args: {selected: 'innovation'},
  globals: {theme: 'contrast'},
  parameters: describe(
    'Le thème contraste élevé de la barre d’outils, fait des seuls jetons --ti-sys-* publics, comme un partenaire le ferait : axe le vérifie.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-priority-cards', '[part~="card"]');
    await expectThemed(canvasElement, 'ti-priority-cards', 'rgb(0, 0, 0)');
  },
};

export const SombreBarreOutils: Story = {
  name: 'Thème sombre (barre d’outils)',
  args: {selected: 'innovation'},
  globals: {theme: 'dark'},
  parameters: describe(
    'Le thème sombre choisi dans la barre d’outils : axe le vérifie comme le thème neutre.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-priority-cards', '[part~="card"]');
    await expectThemed(canvasElement, 'ti-priority-cards', 'rgb(22, 26, 32)');
  },
};
