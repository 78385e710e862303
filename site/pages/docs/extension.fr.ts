import {html} from '../../build/html.ts';
import type {ExtensionText} from './extension.ts';

export const extensionFr: ExtensionText = {
  title: 'Extension de navigateur',
  content: (build) =>
    html`<h1>L'extension de navigateur pour les conseillers d'entreprises</h1>
      <p>
        Sur la page d'une entreprise, l'extension repère l'entreprise, localise
        son établissement, indique s'il se trouve dans un Territoire d'industrie
        (avec la preuve) et affiche les aides qui s'appliquent, dans un panneau
        latéral qui réutilise ces composants. Elle n'est pas encore publiée dans
        les boutiques des navigateurs : chargez-la depuis sa version construite.
      </p>
      <h2>La construire</h2>
      ${build}
      <p>
        Cette commande écrit la version pour Chrome dans
        <code>extension/dist/</code> et celle pour Firefox dans
        <code>extension/dist-firefox/</code>, à partir d'un même code source.
      </p>
      <h2>Chrome, Edge et les autres navigateurs Chromium</h2>
      <ol>
        <li>Ouvrez <code>chrome://extensions</code>.</li>
        <li>
          Activez le <strong>mode développeur</strong> (en haut à droite).
        </li>
        <li>
          Cliquez sur <strong>Charger l'extension non empaquetée</strong> et
          choisissez le dossier <code>extension/dist</code>.
        </li>
        <li>
          Épinglez l'extension depuis le menu en forme de pièce de puzzle, puis
          ouvrez la page d'une entreprise (par exemple sur
          annuaire-entreprises.data.gouv.fr) : le badge de sa barre d'outils et
          son panneau latéral donnent le verdict.
        </li>
      </ol>
      <p>
        Après une nouvelle construction, cliquez sur la flèche de rechargement
        de la carte de l'extension.
      </p>
      <h2>Firefox</h2>
      <ol>
        <li>Ouvrez <code>about:debugging#/runtime/this-firefox</code>.</li>
        <li>
          Cliquez sur
          <strong>Charger un module complémentaire temporaire…</strong> et
          choisissez <code>extension/dist-firefox/manifest.json</code>.
        </li>
        <li>
          L'extension reste installée jusqu'au redémarrage de Firefox ; son
          panneau s'ouvre dans la barre latérale.
        </li>
      </ol>
      <h2>Ce à quoi elle peut accéder</h2>
      <p>
        Les pages des registres d'entreprises sont lues à chaque visite ; toute
        autre page seulement quand vous cliquez sur l'extension ou que vous
        autorisez ce site dans ses options. Le seul identifiant qui quitte le
        navigateur est le SIREN ou le SIRET envoyé à l'annuaire public des
        entreprises (API Recherche d'entreprises).
      </p>`,
};
