import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {describe, expectThemed, rendered} from '../internal/story-helpers.ts';
import './territory-card.ts';

interface Args {
  territory: string;
  place: string;
  headingLevel: number;
  map: boolean;
}

const meta = {
  title: 'Composants/Carte du territoire',
  component: 'ti-territory-card',
  args: {territory: 'ti-8413', place: '', headingLevel: 2, map: false},
  render: (args) =>
    html`<ti-territory-card
      territory=${args.territory}
      place=${args.place}
      heading-level=${args.headingLevel}
      ?map=${args.map}
    ></ti-territory-card>`,
  play: async ({canvasElement}) => {
    await rendered(
      canvasElement,
      'ti-territory-card',
      '[part="base"], [role="alert"]'
    );
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {
  parameters: describe(
    'Un territoire par son identifiant ; réglez territory ou place dans Controls.'
  ),
};

export const ParCommune: Story = {
  name: 'Par une commune',
  args: {territory: '', place: 'Oyonnax'},
  parameters: describe(
    'Le territoire d’une commune, avec la raison : commune, intercommunalité, millésime des données.'
  ),
};

export const AvecSaCarte: Story = {
  name: 'Avec sa carte',
  args: {territory: 'ti-1109', map: true},
  parameters: describe(
    'L’attribut map : une petite carte du territoire dans sa région, et depuis quand ses membres sont dans le programme.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-territory-card', '[part="map"]');
  },
};

export const HorsTerritoire: Story = {
  name: 'Hors territoire',
  args: {territory: '', place: 'insee:75108'},
  parameters: describe(
    'Un lieu dans aucun Territoire d’industrie : la réponse et sa raison, pas une erreur.'
  ),
};

export const CodePostalAmbigu: Story = {
  name: 'Code postal ambigu',
  args: {territory: '', place: 'cp:01750'},
  parameters: describe(
    'Un code postal dont les communes ont des réponses différentes : le visiteur choisit la commune.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-territory-card', '[part="candidates"]');
  },
};

export const TerritoireInconnu: Story = {
  name: 'Territoire inconnu',
  args: {territory: 'ti-9999', place: ''},
  parameters: describe(
    'Un identifiant inconnu donne un message visible et accessible.'
  ),
};

export const GrandParis: Story = {
  name: 'Métropole du Grand Paris',
  args: {territory: '', place: 'siren:200054781'},
  parameters: describe(
    'Une intercommunalité en partie seulement dans des territoires : les EPT concernés sont proposés.'
  ),
};

export const ContrasteEleve: Story = {
  name: 'Contraste élevé',
  args: {territory: '', place: 'cp:01750'},
  globals: {theme: 'contrast'},
  parameters: describe(
    'Le thème contraste élevé de la barre d’outils, fait des seuls jetons --ti-sys-* publics, comme un partenaire le ferait : axe le vérifie.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-territory-card', '[part="candidates"]');
    await expectThemed(canvasElement, 'ti-territory-card', 'rgb(0, 0, 0)');
  },
};

export const SombreBarreOutils: Story = {
  name: 'Thème sombre (barre d’outils)',
  args: {territory: '', place: 'Oyonnax'},
  globals: {theme: 'dark'},
  parameters: describe(
    'Le thème sombre choisi dans la barre d’outils : axe le vérifie comme le thème neutre.'
  ),
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-territory-card', '[part="name"]');
    await expectThemed(canvasElement, 'ti-territory-card', 'rgb(22, 26, 32)');
  },
};
