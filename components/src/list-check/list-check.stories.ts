import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {expect, waitFor} from 'storybook/test';
import {describe, expectThemed, rendered} from '../internal/story-helpers.ts';
import type {TiListCheck} from './list-check.component.ts';
import './list-check.ts';

interface Args {
  companyApi: string;
  noStore: boolean;
  lang: string;
}

/** Communes and postcodes: answered offline, so that every story looks the same on every run. */
const LIST = [
  'nom;code_postal',
  'Atelier du Bugey;01100',
  'Usine des Champs;75008',
  'Plasturgie Oyonnax;01100',
  'Fonderie de la Vallée;01750',
  'Établissement inconnu;99999',
].join('\n');

/** Checks the list in the story's element and waits for the table's last answer. */
async function checked(canvas: HTMLElement, list = LIST): Promise<TiListCheck> {
  const el = canvas.querySelector('ti-list-check')!;
  await el.check(list, 'portefeuille.csv');
  await rendered(canvas, 'ti-list-check', '[data-action="new-list"]');
  return el;
}

const meta = {
  title: 'Composants/Vérifier une liste',
  component: 'ti-list-check',
  // Stories keep nothing in the browser: a list stored by one story would show as "resume" in the next.
  args: {companyApi: 'none', noStore: true, lang: ''},
  render: (args) =>
    html`<ti-list-check
      company-api=${args.companyApi}
      ?no-store=${args.noStore}
      lang=${args.lang || nothing}
    ></ti-list-check>`,
  play: async ({canvasElement}) => {
    await rendered(canvasElement, 'ti-list-check', '[part="form"]');
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {
  parameters: describe(
    'Avant une liste : un fichier CSV à choisir ou à déposer, ou une liste à coller (une valeur par ligne).'
  ),
};

export const ListeVerifiee: Story = {
  name: 'Liste vérifiée',
  parameters: describe(
    'Une liste de codes postaux vérifiée : le tableau, la barre d’avancement, les filtres et le téléchargement du résultat en CSV.'
  ),
  play: async ({canvasElement}) => {
    await checked(canvasElement);
  },
};

export const Filtree: Story = {
  name: 'Filtre « Hors territoire »',
  parameters: describe(
    'Les filtres (dans un territoire, hors territoire, à préciser, en échec) ne montrent que les lignes choisies.'
  ),
  play: async ({canvasElement}) => {
    const el = await checked(canvasElement);
    el.shadowRoot!.querySelector<HTMLInputElement>(
      'input[value="out"]'
    )!.click();
    await el.updateComplete;
  },
};

export const ListeRefusee: Story = {
  name: 'Liste refusée',
  parameters: describe(
    'Un fichier illisible (ici un guillemet jamais refermé) donne un message clair, annoncé aux lecteurs d’écran, et rien n’est vérifié.'
  ),
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector('ti-list-check')!;
    await el.check('siret;nom\n"123;x\n');
    await rendered(canvasElement, 'ti-list-check', '[part="error"]');
  },
};

export const SansAnnuaire: Story = {
  name: 'SIRET sans annuaire',
  parameters: describe(
    'Avec company-api="none", aucun numéro n’est envoyé : les SIRET sont en échec (jamais « introuvables ») et les codes sont vérifiés hors ligne.'
  ),
  play: async ({canvasElement}) => {
    await checked(canvasElement, 'siret\n73282932000074\n01283\n');
  },
};

export const PremiereLigneDeDonnees: Story = {
  name: 'Première ligne de données',
  parameters: describe(
    'Une liste de communes collée sans en-tête : la première ligne est d’abord lue comme en-tête, la case « La première ligne est un en-tête » décochée la rend à la liste, qui est relue.'
  ),
  play: async ({canvasElement}) => {
    const el = await checked(canvasElement, 'Oyonnax\nNantua\nBellignat\n');
    el.shadowRoot!.querySelector<HTMLInputElement>(
      '[data-action="header"]'
    )!.click();
    // The three communes shown, each answered: the one given back to the list has been checked too.
    await waitFor(
      () => {
        const outcomes = [
          ...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody [part="row"]'),
        ].map((row) => row.dataset['outcome']);
        expect(outcomes).toHaveLength(3);
        expect(outcomes).not.toContain('pending');
      },
      {timeout: 15_000}
    );
  },
};

export const EnAnglais: Story = {
  name: 'En anglais',
  args: {lang: 'en'},
  parameters: describe(
    'L’attribut lang="en" (ou un ancêtre en anglais) passe le composant en anglais, raisons comprises.'
  ),
  play: async ({canvasElement}) => {
    await checked(canvasElement);
  },
};

export const ContrasteEleve: Story = {
  name: 'Contraste élevé',
  globals: {theme: 'contrast'},
  parameters: describe(
    'Le thème contraste élevé de la barre d’outils, fait des seuls jetons --ti-sys-* publics : axe le vérifie.'
  ),
  play: async ({canvasElement}) => {
    await checked(canvasElement);
    await expectThemed(canvasElement, 'ti-list-check', 'rgb(0, 0, 0)');
  },
};

export const SombreBarreOutils: Story = {
  name: 'Thème sombre (barre d’outils)',
  globals: {theme: 'dark'},
  parameters: describe(
    'Le thème sombre choisi dans la barre d’outils : axe le vérifie comme le thème neutre.'
  ),
  play: async ({canvasElement}) => {
    await checked(canvasElement);
    await expectThemed(canvasElement, 'ti-list-check', 'rgb(22, 26, 32)');
  },
};
