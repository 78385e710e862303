import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent} from 'storybook/test';
import {
  describe,
  expectThemed,
  forceLoadState,
  rendered,
} from '../internal/story-helpers.ts';
import './territory-map.ts';

interface Args {
  territory: string;
  place: string;
  region: string;
  phase: '2023-2027' | '2018-2022';
}

const meta = {
  title: 'Composants/Carte des territoires',
  component: 'ti-territory-map',
  args: {territory: '', place: '', region: '', phase: '2023-2027'},
  argTypes: {
    phase: {control: 'inline-radio', options: ['2023-2027', '2018-2022']},
  },
  render: (args) =>
    html`<ti-territory-map
      territory=${args.territory}
      place=${args.place}
      region=${args.region}
      phase=${args.phase}
    ></ti-territory-map>`,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-territory-map', '[part="map"]');
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const highlighted = async (canvas: HTMLElement) => {
  await rendered(canvas, 'ti-territory-map', '[part="highlight"]');
};

export const Playground: Story = {
  parameters: describe(
    'Les 183 territoires du programme 2023-2027 ; réglez territory, place, region ou phase dans Controls.'
  ),
};

export const TerritoireMisEnEvidence: Story = {
  name: 'Territoire mis en évidence',
  args: {territory: 'ti-8413'},
  parameters: describe(
    'Un territoire par son identifiant : mis en évidence, cadré, nommé sur la carte et dans la légende.'
  ),
  play: async ({canvasElement}) => highlighted(canvasElement),
};

export const ParUnLieu: Story = {
  name: 'Par un lieu',
  args: {place: 'Oyonnax'},
  parameters: describe(
    'Le territoire d’une commune (ou d’un code postal, code INSEE, SIREN) : la réponse, sa raison, et le territoire sur la carte.'
  ),
  play: async ({canvasElement}) => highlighted(canvasElement),
};

export const HorsTerritoire: Story = {
  name: 'Lieu hors territoire',
  args: {place: 'insee:75108'},
  parameters: describe(
    'Un lieu dans aucun Territoire d’industrie : la carte le dit et ne met rien en évidence.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-territory-map', '[part="place"]');
  },
};

export const LieuAmbigu: Story = {
  name: 'Code postal ambigu',
  args: {place: 'cp:01750'},
  parameters: describe(
    'Un code postal dont les communes ont des réponses différentes : le visiteur choisit la commune.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-territory-map', '[part="candidates"]');
  },
};

export const UneRegion: Story = {
  name: 'Une région',
  args: {region: '84'},
  parameters: describe(
    'Une seule région (code INSEE ou nom) : ses territoires, cadrés ; la liste ne propose qu’eux.'
  ),
};

export const Phase2018: Story = {
  name: 'Programme 2018-2022',
  args: {phase: '2018-2022', territory: 'ti-8413'},
  parameters: describe(
    'Les 149 territoires de la première phase, d’un fichier à part : ti-8413 y désigne un autre territoire qu’en 2023-2027.'
  ),
  play: async ({canvasElement}) => highlighted(canvasElement),
};

export const LieuEtPhase2018: Story = {
  name: 'Un lieu sur la carte 2018-2022',
  args: {phase: '2018-2022', place: 'Oyonnax'},
  parameters: describe(
    'Un lieu est vérifié dans le programme en cours : la carte 2018-2022 le dit et ne met en évidence aucun de ses territoires.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-territory-map', '[part="place"]');
  },
};

export const TerritoireInconnu: Story = {
  name: 'Territoire inconnu',
  args: {territory: 'ti-9999'},
  parameters: describe(
    'Un identifiant inconnu dans la phase affichée : un message visible et accessible, la carte reste entière.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-territory-map', '[role="alert"]');
  },
};

export const RechercheAuClavier: Story = {
  name: 'Recherche au clavier',
  parameters: describe(
    'La liste cherchable : quelques lettres, la flèche bas, et la carte montre le territoire avant qu’Entrée ne le choisisse.'
  ),
  play: async ({canvasElement}) => {
    const root = await rendered(
      canvasElement,
      'ti-territory-map',
      '[part="search"]'
    );
    const search = root.querySelector<HTMLInputElement>('[part="search"]')!;
    await userEvent.type(search, 'vallée');
    await userEvent.keyboard('{ArrowDown}');
    await expect(root.querySelector('[part="pointer"]')).toBeTruthy();
    await expect(search.getAttribute('aria-activedescendant')).toBeTruthy();
  },
};

export const Chargement: Story = {
  name: 'Chargement',
  parameters: describe(
    'Pendant le chargement des contours (une fois par page).'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-territory-map', '[part="map"]');
    await forceLoadState(
      canvasElement,
      'ti-territory-map',
      {status: 'loading'},
      'currentMap'
    );
  },
};

export const ErreurDeChargement: Story = {
  name: 'Erreur de chargement',
  parameters: describe(
    'Les contours n’ont pas pu être chargés : le message et un bouton pour réessayer, jamais un chargement sans fin.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-territory-map', '[part="map"]');
    await forceLoadState(
      canvasElement,
      'ti-territory-map',
      {status: 'error', error: new Error('offline')},
      'currentMap'
    );
  },
};

export const ContrasteEleve: Story = {
  name: 'Contraste élevé',
  args: {place: 'Oyonnax'},
  globals: {theme: 'contrast'},
  parameters: describe(
    'Le thème contraste élevé de la barre d’outils, fait des seuls jetons --ti-sys-* publics : axe le vérifie.'
  ),
  play: async ({canvasElement}) => {
    await highlighted(canvasElement);
    await expectThemed(canvasElement, 'ti-territory-map', 'rgb(0, 0, 0)');
  },
};

export const SombreBarreOutils: Story = {
  name: 'Thème sombre (barre d’outils)',
  args: {territory: 'ti-8413'},
  globals: {theme: 'dark'},
  parameters: describe(
    'Le thème sombre choisi dans la barre d’outils : axe le vérifie comme le thème neutre.'
  ),
  play: async ({canvasElement}) => {
    await highlighted(canvasElement);
    await expectThemed(canvasElement, 'ti-territory-map', 'rgb(22, 26, 32)');
  },
};
